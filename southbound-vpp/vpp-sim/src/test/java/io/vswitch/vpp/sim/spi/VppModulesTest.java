package io.vswitch.vpp.sim.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The module constants match VPP v26.06's API definitions (../shared/vpp-api, when present): name, version and
 * every message in file order, which decides the simulator's message ids.
 */
class VppModulesTest {
    private static Optional<Path> apiDirectory() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            final Path candidate = dir.resolveSibling("shared").resolve("vpp-api");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    @Test
    void modulesMatchVppsDefinitions() throws IOException, IllegalAccessException {
        final Optional<Path> api = apiDirectory();
        assumeTrue(api.isPresent(), "VPP's API definitions (shared/vpp-api) are not available");
        final ObjectMapper mapper = new ObjectMapper();
        int checked = 0;
        for (Field field : VppModules.class.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers()) || field.getType() != VppModule.class) {
                continue;
            }
            final VppModule module = (VppModule) field.get(null);
            final JsonNode json = mapper.readTree(api.orElseThrow().resolve(module.name() + ".api.json").toFile());
            assertEquals(json.get("options").get("version").asText(),
                module.major() + "." + module.minor() + "." + module.patch(), module.name());
            final List<String> messages = new ArrayList<>();
            json.get("messages").forEach(message -> messages.add(message.get(0).asText()));
            assertEquals(messages, module.messages(), module.name());
            checked++;
        }
        assertEquals(12, checked);
    }
}
