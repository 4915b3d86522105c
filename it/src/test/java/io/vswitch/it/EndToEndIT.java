package io.vswitch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vswitch.vpp.sim.VppSimulator;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The assembled controller with real clients: RESTCONF over HTTP, NETCONF with python3-ncclient, and the Karaf
 * console through bin/client.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndToEndIT {
    private static final Logger LOG = LoggerFactory.getLogger(EndToEndIT.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NODE_URL = Restconf.NODES + "/node=edge1";
    private static final String NODE_TEMPLATE = """
        {"vswitch-node:node": [{
          "name": "edge1",
          "api-socket": "API_SOCKET",
          "description": "host vSwitch",
          "vswitch-interfaces:interfaces": {"interface": [
            {"name": "bvi0", "type": "vswitch-interfaces:loopback", "mtu": 1500,
             "ipv4-address": ["10.10.0.1/24"], "ipv6-address": ["2001:db8::1/64"]},
            {"name": "to-cnf1", "type": "vswitch-interfaces:memif",
             "memif": {"id": 1, "role": "master", "ring-size": 2048}}
          ]}
        }]}""";

    private static final Restconf ADMIN = Restconf.admin();
    private static KarafInstance karaf;
    private static VppSimulator vpp;
    private static Path vppDir;
    private static String nodeJson;

    @BeforeAll
    static void startController() throws Exception {
        // A VPP for node edge1: the simulator on a real Unix socket, in this JVM.
        vppDir = Files.createTempDirectory("vswitch-e2e-vpp");
        vpp = new VppSimulator();
        vpp.start(vppDir.resolve("api.sock"));
        nodeJson = NODE_TEMPLATE.replace("API_SOCKET", vppDir.resolve("api.sock").toString());

        karaf = KarafInstance.freshCopy("e2e-karaf");
        karaf.start();
        final Duration ready = ADMIN.awaitReady(Duration.ofMinutes(3));
        LOG.info("e2e.restconf_ready {} ms", ready.toMillis());
    }

    @AfterAll
    static void stopController() throws Exception {
        if (karaf != null) {
            LOG.info("e2e.rss_after_tests {} kB", karaf.residentKilobytes());
            karaf.stop();
        }
        if (vpp != null) {
            vpp.close();
        }
    }

    @Test
    @Order(1)
    void logsAClearReadyLine() throws Exception {
        awaitLogLine("vSwitch controller ready");
    }

    @Test
    @Order(2)
    void aFreshControllerHasNodeVpp1OnItsEmbeddedSimulator() throws Exception {
        final JsonNode connection = awaitConnected(Restconf.NODES + "/node=vpp1");
        assertTrue(connection.path("vpp-version").asText().startsWith("26.06"), connection.toString());
        final JsonNode config = body(ADMIN.get(Restconf.NODES + "/node=vpp1?content=config"));
        // Under data/ unless the installation is too deep for a Unix socket path (then a short temp path).
        final String socket = config.at("/vswitch-node:node/0/api-socket").asText();
        assertTrue(socket.equals(karaf.home().resolve("data/vpp-sim/api.sock").toString())
            || socket.startsWith(System.getProperty("java.io.tmpdir")), socket);
    }

    @Test
    @Order(3)
    void putNodeWithTwoInterfacesAndReadItBack() throws Exception {
        assertEquals(201, ADMIN.put(NODE_URL, nodeJson).statusCode());

        final JsonNode config = body(ADMIN.get(NODE_URL + "?content=config"));
        assertEquals(Json.canonical(nodeJson), config);

        // The default read merges configuration and operational state; the node is there either way.
        final JsonNode all = body(ADMIN.get(NODE_URL));
        final JsonNode interfaces = all.at("/vswitch-node:node/0/vswitch-interfaces:interfaces/interface");
        assertEquals(2, interfaces.size());
        assertEquals(1, Json.entry(interfaces, "to-cnf1").at("/memif/id").asInt());
        assertEquals("2001:db8::1/64", Json.entry(interfaces, "bvi0").at("/ipv6-address/0").asText());
    }

    @Test
    @Order(4)
    void operationalStateShowsTheConnectionToVpp() throws Exception {
        final JsonNode connection = awaitConnected(NODE_URL);
        assertTrue(connection.path("vpp-version").asText().startsWith("26.06"), connection.toString());
        assertEquals(ProcessHandle.current().pid(), connection.path("vpp-pid").asLong());
        assertTrue(connection.path("plugin").size() > 0, connection.toString());

        final String console = karaf.console("vswitch:nodes");
        assertTrue(console.lines().anyMatch(line -> line.startsWith("edge1 ") && line.contains("connected")
            && line.contains("26.06")), console);
    }

    @Test
    @Order(5)
    void refusesClientsWithoutValidCredentials() throws Exception {
        assertEquals(401, Restconf.anonymous().get(NODE_URL).statusCode());
        assertEquals(401, Restconf.anonymous().put(NODE_URL, nodeJson.replace("host vSwitch", "changed")).statusCode());
        assertEquals(401, Restconf.withCredentials("admin", "wrong").get(NODE_URL).statusCode());
        assertEquals("host vSwitch", body(ADMIN.get(NODE_URL + "?content=config"))
            .at("/vswitch-node:node/0/description").asText());
    }

    @Test
    @Order(6)
    void refusesAMalformedBodyWithAClearMessageAndChangesNothing() throws Exception {
        final HttpResponse<String> response = ADMIN.put(NODE_URL, "{\"vswitch-node:node\": [{\"name\": \"edge1\",");
        assertEquals(400, response.statusCode());
        final JsonNode error = JSON.readTree(response.body()).at("/errors/error/0");
        assertEquals("malformed-message", error.get("error-tag").asText());
        assertTrue(error.get("error-message").asText().contains("Error parsing input"), response.body());
        assertEquals(Json.canonical(nodeJson), body(ADMIN.get(NODE_URL + "?content=config")));
    }

    @Test
    @Order(7)
    void refusesAValueOutsideTheModelAndChangesNothing() throws Exception {
        final HttpResponse<String> response = ADMIN.put(NODE_URL, nodeJson.replace("\"mtu\": 1500", "\"mtu\": 20"));
        assertEquals(400, response.statusCode());
        assertEquals("invalid-value", JSON.readTree(response.body()).at("/errors/error/0/error-tag").asText());
        assertEquals(Json.canonical(nodeJson), body(ADMIN.get(NODE_URL + "?content=config")));
    }

    @Test
    @Order(8)
    void netconfSeesTheNodeAndItsEditIsVisibleOverRestconf() throws Exception {
        final Path script = Path.of(System.getProperty("vswitch.python.dir"), "netconf_e2e.py");
        final Process process = new ProcessBuilder(python(), script.toString(), "127.0.0.1", "2830", "admin", "admin",
            "edge1")
            .redirectErrorStream(true).start();
        final String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), output);
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("get-config: node edge1 with interfaces [bvi0, to-cnf1]"), output);

        final JsonNode added = body(ADMIN.get(NODE_URL + "/vswitch-interfaces:interfaces/interface=uplink"));
        assertEquals("vswitch-interfaces:af-packet", added.at("/vswitch-interfaces:interface/0/type").asText());
        assertEquals("eth1", added.at("/vswitch-interfaces:interface/0/af-packet/host-if-name").asText());
    }

    @Test
    @Order(9)
    void consoleListsTheNode() throws Exception {
        final String output = karaf.console("vswitch:nodes");
        final List<String> row = output.lines().filter(line -> line.startsWith("edge1 ")).toList();
        assertEquals(1, row.size(), output);
        assertTrue(row.get(0).contains(vppDir.toString()) && row.get(0).contains("host vSwitch"), output);
        assertTrue(output.lines().anyMatch(line -> line.startsWith("Name ") && line.contains("Connection")), output);

        final String version = karaf.console("vswitch:cli edge1 show version");
        assertTrue(version.contains("26.06"), version);
        final String missing = karaf.console("vswitch:cli nosuch show version");
        assertTrue(missing.contains("Node nosuch is not connected"), missing);
    }

    private static JsonNode awaitConnected(final String nodeUrl) throws Exception {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        JsonNode connection = null;
        while (System.nanoTime() < deadline) {
            final HttpResponse<String> response = ADMIN.get(nodeUrl + "?content=nonconfig");
            if (response.statusCode() == 200) {
                connection = Json.canonical(response.body()).at("/vswitch-node:node/0/connection");
                if ("connected".equals(connection.path("state").asText()) && connection.has("vpp-pid")) {
                    return connection;
                }
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        throw new AssertionError(nodeUrl + " not connected: " + connection);
    }

    static String python() {
        // Debian's python3-ncclient installs for the system interpreter, which may not be first on PATH.
        return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    }

    private static JsonNode body(final HttpResponse<String> response) throws IOException {
        assertEquals(200, response.statusCode(), response.body());
        return Json.canonical(response.body());
    }

    private static void awaitLogLine(final String text) throws Exception {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (Files.readString(karaf.log()).contains(text)) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        throw new AssertionError("No line '" + text + "' in " + karaf.log());
    }
}
