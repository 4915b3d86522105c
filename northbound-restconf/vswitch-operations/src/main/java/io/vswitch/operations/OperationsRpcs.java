package io.vswitch.operations;

import com.google.common.util.concurrent.ThreadFactoryBuilder;
import io.vswitch.nodes.NodeManager;
import io.vswitch.renderer.odl.RendererService;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.opendaylight.mdsal.binding.api.RpcProviderService;
import org.opendaylight.yangtools.concepts.Registration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the operations RPCs of {@code vswitch-node} ({@code resync}, {@code cli}) over RESTCONF and NETCONF.
 */
@Component(immediate = true)
public final class OperationsRpcs {
    /** A resync of 10,000 items takes seconds; a plan waits at most the scheduler's call timeout per call. */
    static final Duration RESYNC_TIMEOUT = Duration.ofSeconds(120);
    /** A CLI command answers in milliseconds; anything longer is a VPP in trouble. */
    static final Duration CLI_TIMEOUT = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(OperationsRpcs.class);

    private final ExecutorService answers = Executors.newCachedThreadPool(new ThreadFactoryBuilder()
        .setNameFormat("vswitch-rpc-answer-%d").setDaemon(true).build());
    private final Registration registration;

    /**
     * Registers the RPCs.
     *
     * @param renderer the renderer's schedulers
     * @param nodeManager the nodes' VPP sessions
     * @param rpcProvider where RPCs are registered
     */
    @Activate
    public OperationsRpcs(@Reference final RendererService renderer, @Reference final NodeManager nodeManager,
            @Reference final RpcProviderService rpcProvider) {
        registration = rpcProvider.registerRpcImplementations(new ResyncRpc(renderer, RESYNC_TIMEOUT, answers),
            new CliRpc(renderer, nodeManager::session, CLI_TIMEOUT, answers));
        LOG.info("Operations RPCs resync and cli registered");
    }

    /**
     * Unregisters the RPCs.
     */
    @Deactivate
    public void deactivate() {
        registration.close();
        answers.shutdown();
        LOG.info("Operations RPCs unregistered");
    }
}
