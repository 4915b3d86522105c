package io.vswitch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every YANG module of ours passes yanglint (Debian's libyang2-tools) with no error and no warning.
 */
class YangLintIT {
    @Test
    void allModelsPassYanglintWithoutWarnings() throws Exception {
        final Path root = Path.of(System.getProperty("vswitch.yang.dir"));
        final List<Path> modules;
        try (Stream<Path> files = Files.walk(root)) {
            modules = files.filter(file -> file.toString().endsWith(".yang"))
                .filter(file -> file.toString().contains("/src/main/yang/"))
                .sorted().toList();
        }
        assertFalse(modules.isEmpty(), "no YANG modules under " + root);

        final List<String> command = new ArrayList<>(List.of("yanglint"));
        modules.stream().map(Path::getParent).distinct()
            .forEach(dir -> command.addAll(List.of("-p", dir.toString())));
        modules.forEach(module -> command.add(module.toString()));

        final Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            throw new AssertionError("yanglint is not installed: apt-get install libyang2-tools", e);
        }
        final String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, process.exitValue(), output);
        assertEquals("", output.strip(), "yanglint printed warnings");
    }
}
