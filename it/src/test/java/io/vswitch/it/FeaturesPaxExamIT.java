package io.vswitch.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.opendaylight.mdsal.dom.api.DOMSchemaService;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Boots the controller's distribution (with odl-vswitch-all as its boot feature) under Pax Exam and checks, from
 * inside the container, that our bundles are active and our models are in the global schema context.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FeaturesPaxExamIT {
    private static final List<String> OUR_BUNDLES = List.of("io.vswitch.node-model",
        "io.vswitch.interfaces-model", "io.vswitch.vpp-api", "io.vswitch.vpp-sim", "io.vswitch.console",
        "io.vswitch.northbound", "io.vswitch.node-manager", "io.vswitch.embedded-vpp", "io.vswitch.renderer",
        "io.vswitch.renderer-odl", "io.vswitch.interfaces-renderer", "io.vswitch.operations", "io.vswitch.l2-model",
        "io.vswitch.l3-model", "io.vswitch.l2-renderer", "io.vswitch.l3-renderer");

    @Inject
    private BundleContext bundleContext;

    @Inject
    @Filter(timeout = 120_000)
    private DOMSchemaService schemaService;

    @Configuration
    public Option[] config() {
        final String version = System.getProperty("vswitch.version");
        return new Option[] {
            karafDistributionConfiguration()
                .frameworkUrl(maven("io.vswitch", "vswitch-karaf", version).type("zip"))
                .unpackDirectory(new File("target/pax-exam"))
                .useDeployFolder(false),
            keepRuntimeFolder(),
            configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
            // The container resolves the probe's and Pax Exam's bundles from the build's local repository.
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository")),
        };
    }

    @Test
    public void ourBundlesAreActive() {
        final Set<String> active = Arrays.stream(bundleContext.getBundles())
            .filter(bundle -> bundle.getState() == Bundle.ACTIVE)
            .map(Bundle::getSymbolicName)
            .collect(Collectors.toSet());
        for (String name : OUR_BUNDLES) {
            assertTrue(name + " is not active; active bundles: " + active, active.contains(name));
        }
    }

    @Test
    public void ourModelsAreInTheSchemaContext() {
        final Set<String> modules = schemaService.getGlobalContext().getModules().stream()
            .map(module -> module.getName() + "@" + module.getRevision().map(Object::toString).orElse(""))
            .collect(Collectors.toSet());
        assertTrue(modules.toString(), modules.contains("vswitch-node@2026-11-25"));
        assertTrue(modules.toString(), modules.contains("vswitch-interfaces@2026-11-25"));
        assertTrue(modules.toString(), modules.contains("vswitch-l2@2026-11-25"));
        assertTrue(modules.toString(), modules.contains("vswitch-l3@2026-11-25"));
        assertEquals(1, schemaService.getGlobalContext().findModules("vswitch-interfaces").size());
    }
}
