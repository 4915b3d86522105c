package io.vswitch.northbound.readiness;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.opendaylight.mdsal.binding.api.DataBroker;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
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
 * Watches the controller's start-up: logs one clear line when RESTCONF and its authentication are up, and
 * recovers AAA start-up components that missed their datastore notification (see {@link StartupWatch}).
 * It starts once the datastore is available, so the time it waits is measured from there.
 */
@Component(immediate = true, configurationPid = "io.vswitch.startup")
@Designate(ocd = StartupGuard.Config.class)
public final class StartupGuard {
    /**
     * Settings, in {@code etc/io.vswitch.startup.cfg}.
     */
    @ObjectClassDefinition(name = "vSwitch start-up guard")
    public @interface Config {
        @AttributeDefinition(description = "Seconds to wait for an AAA start-up service before restarting its bundle")
        int patienceSeconds() default 15;

        @AttributeDefinition(description = "Restarts of one bundle before giving up")
        int maxRestarts() default 3;
    }

    private static final Logger LOG = LoggerFactory.getLogger(StartupGuard.class);
    private static final List<Requirement> REQUIREMENTS = List.of(
        new Requirement("org.opendaylight.aaa.api.password.service.PasswordHashService",
            "org.opendaylight.aaa.password-service-impl", "AAA password hashing"),
        new Requirement("org.opendaylight.aaa.encrypt.AAAEncryptionService",
            "org.opendaylight.aaa.encrypt-service-impl", "AAA encryption"),
        new Requirement("org.opendaylight.aaa.api.IIDMStore", null, "AAA user store"),
        new Requirement("org.opendaylight.aaa.web.WebContextSecurer", null, "northbound authentication (Shiro)"),
        new Requirement("org.opendaylight.restconf.server.api.RestconfServer", null, "RESTCONF server"));

    private final BundleContext context;
    private final StartupWatch watch;
    private final ScheduledExecutorService scheduler;

    @Activate
    public StartupGuard(@Reference final DataBroker dataBroker, final BundleContext context, final Config config) {
        this.context = context;
        watch = new StartupWatch(REQUIREMENTS, Duration.ofSeconds(config.patienceSeconds()), config.maxRestarts(),
            Instant.now());
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            final Thread thread = new Thread(runnable, "vswitch-startup-guard");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
    }

    @Deactivate
    public void deactivate() {
        scheduler.shutdownNow();
    }

    private void tick() {
        for (StartupAction action : watch.tick(Instant.now(), this::present)) {
            if (action instanceof StartupAction.Ready ready) {
                LOG.info("vSwitch controller ready: RESTCONF (/rests) and NETCONF accept authenticated clients "
                    + "({} ms after the datastore came up)", ready.startedIn().toMillis());
            } else if (action instanceof StartupAction.RestartBundle restart) {
                LOG.warn("{} did not start (its start-up datastore notification was lost); restarting bundle {} "
                    + "(attempt {})", restart.missing().description(), restart.bundle(), restart.attempt());
                restartBundle(restart.bundle());
            } else if (action instanceof StartupAction.GiveUp giveUp) {
                LOG.error("vSwitch controller NOT ready: still missing {}; restart the controller", giveUp.missing()
                    .stream().map(Requirement::description).collect(Collectors.joining(", ")));
            }
        }
        if (watch.finished()) {
            scheduler.shutdown();
        }
    }

    private boolean present(final String serviceClass) {
        return context.getServiceReference(serviceClass) != null;
    }

    private void restartBundle(final String symbolicName) {
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                try {
                    bundle.stop();
                    bundle.start();
                } catch (BundleException e) {
                    LOG.error("Failed to restart bundle {}", symbolicName, e);
                }
                return;
            }
        }
        LOG.error("Bundle {} is not installed; cannot recover", symbolicName);
    }
}
