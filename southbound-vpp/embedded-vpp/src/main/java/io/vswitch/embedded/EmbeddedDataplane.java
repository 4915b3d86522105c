package io.vswitch.embedded;

import com.google.common.util.concurrent.FutureCallback;
import com.google.common.util.concurrent.MoreExecutors;
import io.vswitch.vpp.sim.VppSimulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.opendaylight.mdsal.binding.api.DataBroker;
import org.opendaylight.mdsal.binding.api.ReadWriteTransaction;
import org.opendaylight.mdsal.common.api.CommitInfo;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.Nodes;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.Node;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.NodeBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.NodeKey;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the controller a dataplane out of the box. With mode {@code auto}: when a VPP socket exists at
 * {@code localVppSocket}, node {@code node} points at it; otherwise the simulator starts in-process and the node
 * points at the simulator. The node is only created when absent: what a user configured is never overwritten.
 */
@Component(immediate = true, configurationPid = "io.vswitch.embedded")
@Designate(ocd = EmbeddedDataplane.Config.class)
public final class EmbeddedDataplane {
    /**
     * Settings, in {@code etc/io.vswitch.embedded.cfg}.
     */
    @ObjectClassDefinition(name = "vSwitch embedded dataplane")
    public @interface Config {
        @AttributeDefinition(description = "auto, simulator, vpp or off")
        String mode() default "auto";

        @AttributeDefinition(description = "Name of the node created when absent")
        String node() default "vpp1";

        @AttributeDefinition(description = "API socket of a VPP running on this host")
        String localVppSocket() default "/run/vpp/api.sock";

        @AttributeDefinition(description = "API socket of the embedded simulator; empty: <karaf.data>/vpp-sim/api.sock")
        String simulatorSocket() default "";
    }

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDataplane.class);

    private final Optional<VppSimulator> simulator;

    @Activate
    public EmbeddedDataplane(@Reference final DataBroker dataBroker, final Config config) {
        final Path localVpp = Path.of(config.localVppSocket());
        final DataplaneChoice choice = DataplaneChoice.decide(config.mode(), Files.exists(localVpp));
        switch (choice) {
            case LOCAL_VPP -> {
                simulator = Optional.empty();
                ensureNode(dataBroker, config.node(), localVpp, "the VPP running on this host");
            }
            case SIMULATOR -> {
                final Path socket = SimulatorSocket.choose(config.simulatorSocket(),
                    Path.of(System.getProperty("karaf.data", "data")), Path.of(System.getProperty("java.io.tmpdir")));
                simulator = startSimulator(socket);
                simulator.ifPresent(sim -> ensureNode(dataBroker, config.node(), socket,
                    "the controller's embedded VPP simulator"));
            }
            default -> simulator = Optional.empty();
        }
    }

    @Deactivate
    public void deactivate() {
        simulator.ifPresent(VppSimulator::close);
    }

    private static Optional<VppSimulator> startSimulator(final Path socket) {
        // A dataplane that cannot start must not take the controller down: say why and carry on without it.
        final VppSimulator sim = new VppSimulator();
        try {
            Files.createDirectories(socket.toAbsolutePath().getParent());
            sim.start(socket);
        } catch (IOException | UncheckedIOException e) {
            sim.close();
            LOG.error("Embedded VPP simulator could not listen on {}; no default node created", socket, e);
            return Optional.empty();
        }
        LOG.info("Embedded VPP simulator listening on {}", socket);
        return Optional.of(sim);
    }

    private static void ensureNode(final DataBroker dataBroker, final String name, final Path socket,
            final String what) {
        final InstanceIdentifier<Node> path = InstanceIdentifier.create(Nodes.class)
            .child(Node.class, new NodeKey(name));
        final ReadWriteTransaction tx = dataBroker.newReadWriteTransaction();
        try {
            if (tx.exists(LogicalDatastoreType.CONFIGURATION, path).get(30, TimeUnit.SECONDS)) {
                tx.cancel();
                LOG.info("Node {} is configured already; left as it is", name);
                return;
            }
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            tx.cancel();
            LOG.warn("Could not check for node {}; not creating it", name, e);
            return;
        }
        tx.mergeParentStructurePut(LogicalDatastoreType.CONFIGURATION, path, new NodeBuilder()
            .setName(name)
            .setApiSocket(socket.toString())
            .setDescription("Created at first start: " + what)
            .build());
        tx.commit().addCallback(new FutureCallback<CommitInfo>() {
            @Override
            public void onSuccess(final CommitInfo result) {
                LOG.info("Created node {} on {} ({})", name, socket, what);
            }

            @Override
            public void onFailure(final Throwable cause) {
                LOG.warn("Could not create node {}", name, cause);
            }
        }, MoreExecutors.directExecutor());
    }
}
