package io.vswitch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vswitch.vpp.sim.VppSimulator;
import io.vswitch.vpp.sim.state.SimInterface;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Interfaces end to end on the assembled controller, against a simulator on a real Unix socket in this JVM: what a
 * client writes over RESTCONF or NETCONF reaches VPP, its status shows it, invalid writes are refused, VPP errors
 * are shown on the item concerned, and VPP or controller restarts converge again with no client action.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InterfacesIT {
    private static final Logger LOG = LoggerFactory.getLogger(InterfacesIT.class);
    private static final Restconf ADMIN = Restconf.admin();
    private static final String NODE = "sw1";
    private static final String NODE_URL = Restconf.NODES + "/node=" + NODE;
    private static final String INTERFACES_URL = NODE_URL + "/vswitch-interfaces:interfaces";
    private static final Duration CONVERGE = Duration.ofSeconds(60);

    private static KarafInstance karaf;
    private static VppSimulator vpp;
    private static Path vppDir;

    @BeforeAll
    static void start() throws Exception {
        vppDir = Files.createTempDirectory("vswitch-if-vpp");
        vpp = new VppSimulator();
        vpp.start(vppDir.resolve("api.sock"));
        karaf = KarafInstance.freshCopy("interfaces-karaf");
        karaf.start();
        ADMIN.awaitReady(Duration.ofMinutes(3));
    }

    @AfterAll
    static void stop() throws Exception {
        if (karaf != null) {
            karaf.stop();
        }
        if (vpp != null) {
            vpp.close();
        }
    }

    private static String memifSocket() {
        return vppDir.resolve("memif.sock").toString();
    }

    @Test
    @Order(1)
    void everyKindIsCreatedInVppAndShownApplied() throws Exception {
        final String node = """
            {"vswitch-node:node": [{"name": "sw1", "api-socket": "API",
              "vswitch-interfaces:interfaces": {"interface": [
                {"name": "loop0", "type": "vswitch-interfaces:loopback", "mtu": 1500,
                 "ipv4-address": ["10.0.0.1/24"], "ipv6-address": ["2001:db8::1/64"]},
                {"name": "memif1", "type": "vswitch-interfaces:memif",
                 "memif": {"id": 1, "socket-filename": "MEMIF", "role": "master", "ring-size": 2048}},
                {"name": "uplink", "type": "vswitch-interfaces:af-packet", "af-packet": {"host-if-name": "eth0"}},
                {"name": "vx10", "type": "vswitch-interfaces:vxlan",
                 "vxlan": {"source-address": "192.0.2.1", "destination-address": "192.0.2.2", "vni": 10}},
                {"name": "uplink.100", "type": "vswitch-interfaces:sub-interface",
                 "sub-interface": {"parent": "uplink", "sub-id": 100, "vlan-id": 100}}
              ]}}]}""".replace("API", vppDir.resolve("api.sock").toString()).replace("MEMIF", memifSocket());
        final long started = System.nanoTime();
        assertEquals(201, ADMIN.put(NODE_URL, node).statusCode());
        final Set<String> names = Set.of("loop0", "memif1", "uplink", "vx10", "uplink.100");
        awaitStates(names, "applied");
        LOG.info("interfaces.five_kinds_applied {} ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));

        final Map<String, SimInterface> inVpp = tagged();
        assertEquals(names, inVpp.keySet(), inVpp.toString());
        final SimInterface loop0 = inVpp.get("loop0");
        assertTrue(loop0.adminUp(), loop0.toString());
        assertTrue(loop0.addresses().toString().contains("10.0.0.1"), loop0.toString());
        assertTrue(inVpp.get("memif1").name().startsWith("memif"), inVpp.toString());
        assertEquals("host-eth0", inVpp.get("uplink").name());
        assertTrue(inVpp.get("vx10").name().startsWith("vxlan_tunnel"), inVpp.toString());
        assertEquals("host-eth0.100", inVpp.get("uplink.100").name());
        assertEquals(inVpp.get("uplink").swIfIndex(), inVpp.get("uplink.100").supSwIfIndex());
    }

    @Test
    @Order(2)
    void theOperationalTwinShowsWhatVppReports() throws Exception {
        final JsonNode state = awaitValue(INTERFACES_URL + "/interface=uplink?content=nonconfig",
            "/vswitch-interfaces:interface/0/state/vpp-name", "host-eth0");
        assertEquals(tagged().get("uplink").swIfIndex(), state.at("/vswitch-interfaces:interface/0/state/sw-if-index")
            .asInt(), state.toString());
    }

    @Test
    @Order(3)
    void anInterfaceInAVrfThatDoesNotExistIsPendingWithTheReason() throws Exception {
        assertEquals(201, ADMIN.put(INTERFACES_URL + "/interface=loop-red", """
            {"vswitch-interfaces:interface": [{"name": "loop-red", "type": "vswitch-interfaces:loopback",
              "vrf": 5, "ipv4-address": ["10.5.0.1/24"]}]}""").statusCode());
        final JsonNode status = awaitStatus("loop-red", "pending");
        assertTrue(status.path("reason").asText().startsWith("vrf/ipv4: ")
            && status.path("reason").asText().contains("VRF 5"), status.toString());
        assertTrue(tagged().containsKey("loop-red"), "the interface itself exists; only its VRF binding waits");
        assertEquals(204, ADMIN.delete(INTERFACES_URL + "/interface=loop-red").statusCode());
        awaitGone("loop-red");
    }

    @Test
    @Order(4)
    void aVppErrorFailsOnlyTheItemConcerned() throws Exception {
        vpp.faults().failNext("sw_interface_add_del_address", 1, -81);
        final HttpResponse<String> response = ADMIN.patch(INTERFACES_URL, """
            {"vswitch-interfaces:interfaces": {"interface": [
              {"name": "loop-bad", "type": "vswitch-interfaces:loopback", "ipv4-address": ["10.9.0.1/24"]},
              {"name": "loop-good", "type": "vswitch-interfaces:loopback"}]}}""");
        assertTrue(response.statusCode() == 200 || response.statusCode() == 204, response.body());
        final JsonNode failed = awaitStatus("loop-bad", "failed");
        assertEquals(-81, failed.path("vpp-retval").asInt(), failed.toString());
        assertEquals("sw_interface_add_del_address", failed.path("vpp-message").asText(), failed.toString());
        assertTrue(failed.path("reason").asText().startsWith("address/"), failed.toString());
        awaitStatus("loop-good", "applied");
        awaitStates(Set.of("loop0", "memif1", "uplink", "vx10", "uplink.100"), "applied");
        vpp.faults().clear();
    }

    @Test
    @Order(5)
    void netconfEditsReachVppAndAnInvalidOneIsRefused() throws Exception {
        final Path script = Path.of(System.getProperty("vswitch.python.dir"), "netconf_interfaces.py");
        final Process process = new ProcessBuilder("/usr/bin/python3", script.toString(), "127.0.0.1", "2830",
            "admin", "admin", NODE, vppDir.resolve("memif-slave.sock").toString()).redirectErrorStream(true).start();
        final String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), output);
        assertEquals(0, process.exitValue(), output);
        LOG.info("netconf_interfaces.py said:\n{}", output);
        assertTrue(output.contains("rpc-error:") && output.contains("memif") && output.contains("nc-memif"), output);
        final String running = output.lines().filter(line -> line.startsWith("running: [")).findFirst().orElse("");
        assertTrue(running.contains("nc-memif") && !running.contains("nc-memif-dup"), output);
        awaitStates(Set.of("nc-loop", "nc-memif"), "applied");
        assertTrue(tagged().keySet().containsAll(Set.of("nc-loop", "nc-memif")), tagged().toString());
    }

    @Test
    @Order(6)
    void anInvalidRestconfWriteIsRefusedWithPathAndReasonAndChangesNothing() throws Exception {
        final String before = ADMIN.get(INTERFACES_URL + "?content=config").body();
        final HttpResponse<String> response = ADMIN.put(INTERFACES_URL + "/interface=memif2", """
            {"vswitch-interfaces:interface": [{"name": "memif2", "type": "vswitch-interfaces:memif",
              "memif": {"id": 1, "socket-filename": "MEMIF"}}]}""".replace("MEMIF", memifSocket()));
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("interface=memif2") && response.body().contains("memif1"),
            response.body());
        assertEquals(Json.canonical(before), Json.canonical(ADMIN.get(INTERFACES_URL + "?content=config").body()));

        final HttpResponse<String> vxlan = ADMIN.put(INTERFACES_URL + "/interface=vx-bad", """
            {"vswitch-interfaces:interface": [{"name": "vx-bad", "type": "vswitch-interfaces:vxlan",
              "vxlan": {"source-address": "192.0.2.9", "destination-address": "192.0.2.9", "vni": 9}}]}""");
        assertEquals(400, vxlan.statusCode(), vxlan.body());
        assertTrue(vxlan.body().contains("interface=vx-bad"), vxlan.body());
        assertFalse(tagged().containsKey("vx-bad"));
    }

    @Test
    @Order(7)
    void vppRestartedEmptyIsConvergedWithNoClientAction() throws Exception {
        final Set<String> expected = tagged().keySet();
        vpp.kill();
        awaitValue(NODE_URL + "/connection?content=nonconfig", "/vswitch-node:connection/state", "connecting");
        vpp.restart();
        final long started = System.nanoTime();
        awaitTagged(expected);
        awaitStates(expected, "applied");
        LOG.info("interfaces.vpp_restart_converged {} ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        final JsonNode resync = awaitValue(NODE_URL + "/resync?content=nonconfig", "/vswitch-node:resync/result",
            null);
        assertFalse(resync.at("/vswitch-node:resync/detail").asText().isEmpty(), resync.toString());
    }

    @Test
    @Order(8)
    void controllerRestartKeepsTheConfigurationAndReappliesIt() throws Exception {
        final Set<String> expected = tagged().keySet();
        karaf.stop();
        vpp.restart();
        assertTrue(tagged().isEmpty());
        karaf.start();
        ADMIN.awaitReady(Duration.ofMinutes(3));
        awaitTagged(expected);
        awaitStates(expected, "applied");
    }

    @Test
    @Order(9)
    void deletingAnInterfaceRemovesItFromVpp() throws Exception {
        assertEquals(204, ADMIN.delete(INTERFACES_URL + "/interface=uplink.100").statusCode());
        awaitGone("uplink.100");
        assertTrue(tagged().containsKey("uplink"));
    }

    /** Interfaces in the simulator by tag (our name), untagged ones left out. */
    private static Map<String, SimInterface> tagged() {
        return vpp.interfaces().stream().filter(i -> !i.tag().isEmpty())
            .collect(Collectors.toMap(SimInterface::tag, i -> i, (a, b) -> a, TreeMap::new));
    }

    private static void awaitTagged(final Set<String> names) throws InterruptedException {
        final long deadline = System.nanoTime() + CONVERGE.toNanos();
        while (!tagged().keySet().containsAll(names)) {
            assertTrue(System.nanoTime() < deadline, "VPP has " + tagged().keySet() + ", expected " + names);
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    private static void awaitGone(final String name) throws Exception {
        final long deadline = System.nanoTime() + CONVERGE.toNanos();
        while (tagged().containsKey(name)) {
            assertTrue(System.nanoTime() < deadline, name + " still in VPP");
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    private static JsonNode awaitStatus(final String name, final String state) throws Exception {
        final JsonNode entry = awaitValue(INTERFACES_URL + "/interface=" + name + "?content=nonconfig",
            "/vswitch-interfaces:interface/0/status/state", state);
        return entry.at("/vswitch-interfaces:interface/0/status");
    }

    private static void awaitStates(final Set<String> names, final String state) throws Exception {
        final long deadline = System.nanoTime() + CONVERGE.toNanos();
        Map<String, String> states = Map.of();
        while (System.nanoTime() < deadline) {
            final HttpResponse<String> response = ADMIN.get(INTERFACES_URL + "?content=nonconfig");
            if (response.statusCode() == 200) {
                final Map<String, String> now = new TreeMap<>();
                for (JsonNode entry : Json.canonical(response.body()).at("/vswitch-interfaces:interfaces/interface")) {
                    now.put(entry.path("name").asText(), entry.at("/status/state").asText() + " "
                        + entry.at("/status/reason").asText());
                }
                states = now;
                if (names.stream().allMatch(name -> states(now, name).startsWith(state + " "))) {
                    return;
                }
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new AssertionError("expected " + names + " " + state + ", got " + states);
    }

    private static String states(final Map<String, String> states, final String name) {
        return states.getOrDefault(name, "absent ");
    }

    /** Polls a path until the pointer has the value (any value when null). */
    private static JsonNode awaitValue(final String url, final String pointer, final String value) throws Exception {
        final long deadline = System.nanoTime() + CONVERGE.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            final HttpResponse<String> response = ADMIN.get(url);
            last = response.statusCode() + " " + response.body();
            if (response.statusCode() == 200) {
                final JsonNode body = Json.canonical(response.body());
                final JsonNode at = body.at(pointer);
                if (!at.isMissingNode() && (value == null || value.equals(at.asText()))) {
                    return body;
                }
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new AssertionError(url + " never had " + pointer + " = " + value + "; last: " + last);
    }
}
