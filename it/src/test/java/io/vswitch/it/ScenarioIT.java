package io.vswitch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The vSwitch + CNF scenario of the README on the assembled controller: two nodes, each a simulator on a real Unix
 * socket in this JVM. On {@code vswitch}: a memif master to the CNF, an af_packet uplink, a bridge domain of both
 * with a BVI loopback carrying an address, a route to the CNF's subnet via the BVI. On {@code cnf1}: the memif slave
 * with an address and a default route via the BVI. Written in one RESTCONF request and again over NETCONF; then
 * routes across VRFs compared with VPP's FIB.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScenarioIT {
    private static final Logger LOG = LoggerFactory.getLogger(ScenarioIT.class);
    private static final Restconf ADMIN = Restconf.admin();
    private static final Duration CONVERGE = Duration.ofSeconds(90);
    private static final String VSWITCH = Restconf.NODES + "/node=vswitch";
    private static final String CNF = Restconf.NODES + "/node=cnf1";
    private static final String BD = VSWITCH + "/vswitch-l2:bridge-domains/bridge-domain=bd1";
    private static final String CNF_ROUTE = VSWITCH + "/vswitch-l3:l3/route=0,192.168.100.0%2F24";

    private static KarafInstance karaf;
    private static VppSimulator vswitchVpp;
    private static VppSimulator cnfVpp;
    private static Path dir;

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("vswitch-scenario");
        vswitchVpp = new VppSimulator();
        vswitchVpp.start(dir.resolve("vswitch.sock"));
        cnfVpp = new VppSimulator();
        cnfVpp.start(dir.resolve("cnf1.sock"));
        karaf = KarafInstance.freshCopy("scenario-karaf");
        karaf.start();
        ADMIN.awaitReady(Duration.ofMinutes(3));
    }

    @AfterAll
    static void stop() throws Exception {
        if (karaf != null) {
            karaf.stop();
        }
        if (vswitchVpp != null) {
            vswitchVpp.close();
        }
        if (cnfVpp != null) {
            cnfVpp.close();
        }
    }

    static String scenario() {
        return """
            {"vswitch-node:nodes": {"node": [
              {"name": "vswitch", "api-socket": "DIR/vswitch.sock",
               "vswitch-interfaces:interfaces": {"interface": [
                 {"name": "to-cnf1", "type": "vswitch-interfaces:memif",
                  "memif": {"id": 1, "role": "master", "socket-filename": "DIR/memif-cnf1.sock"}},
                 {"name": "uplink", "type": "vswitch-interfaces:af-packet", "af-packet": {"host-if-name": "eth0"}},
                 {"name": "bvi0", "type": "vswitch-interfaces:loopback", "ipv4-address": ["10.10.0.1/24"]}]},
               "vswitch-l2:bridge-domains": {"bridge-domain": [
                 {"name": "bd1", "bd-id": 1, "member": [
                   {"interface": "to-cnf1"}, {"interface": "uplink"}, {"interface": "bvi0", "bvi": true}]}]},
               "vswitch-l3:l3": {"route": [
                 {"vrf": 0, "destination": "192.168.100.0/24",
                  "next-hop": [{"id": 1, "interface": "bvi0", "address": "10.10.0.2"}]}]}},
              {"name": "cnf1", "api-socket": "DIR/cnf1.sock",
               "vswitch-interfaces:interfaces": {"interface": [
                 {"name": "to-vswitch", "type": "vswitch-interfaces:memif", "ipv4-address": ["10.10.0.2/24"],
                  "memif": {"id": 1, "role": "slave", "socket-filename": "DIR/memif-cnf1.sock"}}]},
               "vswitch-l3:l3": {"route": [
                 {"vrf": 0, "destination": "0.0.0.0/0",
                  "next-hop": [{"id": 1, "interface": "to-vswitch", "address": "10.10.0.1"}]}]}}]}}
            """.replace("DIR", dir.toString());
    }

    @Test
    @Order(1)
    void theWholeScenarioInOneRequestReachesBothVpps() throws Exception {
        final long started = System.nanoTime();
        final HttpResponse<String> response = ADMIN.patch(Restconf.NODES, scenario());
        assertTrue(response.statusCode() == 200 || response.statusCode() == 204, response.body());
        awaitScenarioApplied();
        LOG.info("scenario.applied {} ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        assertScenarioInVpp();

        final JsonNode state = awaitValue(BD + "/state?content=nonconfig", "/vswitch-l2:state/bd-id", "1");
        assertEquals(3, state.at("/vswitch-l2:state/member").size(), state.toString());
    }

    @Test
    @Order(2)
    void deletingTheBridgeDomainLeavesTheInterfacesAndMakesItsRoutesPending() throws Exception {
        assertEquals(204, ADMIN.delete(BD).statusCode());
        final JsonNode route = awaitValue(CNF_ROUTE + "?content=nonconfig", "/vswitch-l3:route/0/status/state",
            "pending");
        assertTrue(route.at("/vswitch-l3:route/0/status/reason").asText().contains("bridge domain"),
            route.toString());
        awaitTrue("route removed from VPP", () -> !prefixes(vswitchVpp, "vswitch", 0).contains("192.168.100.0/24"));
        assertFalse(cli("vswitch", "show bridge-domain").contains(" 1 "));
        awaitStates(VSWITCH + "/vswitch-interfaces:interfaces", "interface", Set.of("to-cnf1", "uplink", "bvi0"));

        assertEquals(201, ADMIN.put(BD, """
            {"vswitch-l2:bridge-domain": [{"name": "bd1", "bd-id": 1, "member": [
              {"interface": "to-cnf1"}, {"interface": "uplink"}, {"interface": "bvi0", "bvi": true}]}]}""")
            .statusCode());
        awaitScenarioApplied();
        assertScenarioInVpp();
    }

    @Test
    @Order(3)
    void restartingEitherVppConvergesAgain() throws Exception {
        vswitchVpp.restart();
        awaitTrue("vswitch re-programmed", () -> cli("vswitch", "show ip fib").contains("192.168.100.0/24")
            && cli("vswitch", "show bridge-domain 1 detail").contains("BVI"));
        cnfVpp.restart();
        awaitTrue("cnf1 re-programmed", () -> prefixes(cnfVpp, "cnf1", 0).contains("0.0.0.0/0")
            && cli("cnf1", "show interface addr").contains("10.10.0.2/24"));
        awaitScenarioApplied();
        assertScenarioInVpp();
    }

    @Test
    @Order(4)
    void theSameScenarioOverNetconf() throws Exception {
        // Forget both nodes (VPP is left as it is), empty both VPPs, then write everything again over NETCONF.
        assertEquals(204, ADMIN.delete(VSWITCH).statusCode());
        assertEquals(204, ADMIN.delete(CNF).statusCode());
        vswitchVpp.restart();
        cnfVpp.restart();
        final Path script = Path.of(System.getProperty("vswitch.python.dir"), "netconf_scenario.py");
        final Process process = new ProcessBuilder("/usr/bin/python3", script.toString(), "127.0.0.1", "2830",
            "admin", "admin", dir.toString()).redirectErrorStream(true).start();
        final String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), output);
        assertEquals(0, process.exitValue(), output);
        awaitScenarioApplied();
        assertScenarioInVpp();
    }

    @Test
    @Order(5)
    void aRouteViaAMissingInterfaceWaitsForIt() throws Exception {
        final String url = VSWITCH + "/vswitch-l3:l3/route=0,172.16.0.0%2F16";
        assertEquals(201, ADMIN.put(url, """
            {"vswitch-l3:route": [{"vrf": 0, "destination": "172.16.0.0/16",
              "next-hop": [{"id": 1, "interface": "uplink2", "address": "192.0.2.1"}]}]}""").statusCode());
        final JsonNode pending = awaitValue(url + "?content=nonconfig", "/vswitch-l3:route/0/status/state",
            "pending");
        assertTrue(pending.at("/vswitch-l3:route/0/status/reason").asText().contains("uplink2"), pending.toString());
        assertFalse(prefixes(vswitchVpp, "vswitch", 0).contains("172.16.0.0/16"));

        assertEquals(201, ADMIN.put(VSWITCH + "/vswitch-interfaces:interfaces/interface=uplink2", """
            {"vswitch-interfaces:interface": [{"name": "uplink2", "type": "vswitch-interfaces:af-packet",
              "af-packet": {"host-if-name": "eth2"}, "ipv4-address": ["192.0.2.2/24"]}]}""").statusCode());
        awaitValue(url + "?content=nonconfig", "/vswitch-l3:route/0/status/state", "applied");
        assertTrue(prefixes(vswitchVpp, "vswitch", 0).contains("172.16.0.0/16"));
    }

    @Test
    @Order(6)
    void fiveThousandRoutesInThreeVrfsMatchVppAfterEachStep() throws Exception {
        assertEquals(201, ADMIN.put(Restconf.NODES + "/node=vswitch/vswitch-l3:l3/vrf=10",
            "{\"vswitch-l3:vrf\": [{\"id\": 10, \"name\": \"blue\", \"ipv6\": false}]}").statusCode());
        assertEquals(201, ADMIN.put(Restconf.NODES + "/node=vswitch/vswitch-l3:l3/vrf=20",
            "{\"vswitch-l3:vrf\": [{\"id\": 20, \"name\": \"red\", \"ipv6\": false}]}").statusCode());
        awaitTrue("tables exist", () -> cli("vswitch", "show ip table").contains("table_id:20"));
        final Map<Integer, Set<String>> baseline = new TreeMap<>();
        for (int vrf : new int[] {0, 10, 20}) {
            baseline.put(vrf, prefixes(vswitchVpp, "vswitch", vrf));
        }
        final Map<Integer, Set<String>> configured = new TreeMap<>();
        final StringBuilder body = new StringBuilder("{\"vswitch-l3:l3\": {\"route\": [");
        IntStream.range(0, 5000).forEach(i -> {
            final int vrf = new int[] {0, 10, 20}[i % 3];
            final String prefix = "10." + (100 + i / 250) + "." + (i % 250) + ".0/24";
            configured.computeIfAbsent(vrf, ignored -> new TreeSet<>()).add(prefix);
            body.append(i == 0 ? "" : ",").append("{\"vrf\": ").append(vrf).append(", \"destination\": \"")
                .append(prefix).append(i % 3 == 0 ? "\", \"next-hop\": [{\"id\": 1, \"interface\": \"uplink2\", "
                    + "\"address\": \"192.0.2.1\"}]}" : "\", \"special\": \"drop\"}");
        });
        body.append("]}}");
        HttpResponse<String> response = ADMIN.patch(VSWITCH + "/vswitch-l3:l3", body.toString());
        assertTrue(response.statusCode() == 200 || response.statusCode() == 204, response.body());
        awaitFibs(baseline, configured);
        awaitSummaryOfStatuses("vswitch", 5000);

        // Half of them removed: one request (a PUT of the whole list minus the odd ones, plus what was there).
        final Map<Integer, Set<String>> kept = new TreeMap<>();
        final StringBuilder halfBody = new StringBuilder("{\"vswitch-l3:l3\": {\"vrf\": [{\"id\": 10, \"name\": "
            + "\"blue\", \"ipv6\": false}, {\"id\": 20, \"name\": \"red\", \"ipv6\": false}], \"route\": [");
        halfBody.append("{\"vrf\": 0, \"destination\": \"192.168.100.0/24\", \"next-hop\": [{\"id\": 1, "
            + "\"interface\": \"bvi0\", \"address\": \"10.10.0.2\"}]}, {\"vrf\": 0, \"destination\": "
            + "\"172.16.0.0/16\", \"next-hop\": [{\"id\": 1, \"interface\": \"uplink2\", \"address\": "
            + "\"192.0.2.1\"}]}");
        IntStream.range(0, 5000).filter(i -> i % 2 == 0).forEach(i -> {
            final int vrf = new int[] {0, 10, 20}[i % 3];
            final String prefix = "10." + (100 + i / 250) + "." + (i % 250) + ".0/24";
            kept.computeIfAbsent(vrf, ignored -> new TreeSet<>()).add(prefix);
            halfBody.append(",{\"vrf\": ").append(vrf).append(", \"destination\": \"").append(prefix)
                .append(i % 3 == 0 ? "\", \"next-hop\": [{\"id\": 1, \"interface\": \"uplink2\", "
                    + "\"address\": \"192.0.2.1\"}]}" : "\", \"special\": \"drop\"}");
        });
        halfBody.append("]}}");
        response = ADMIN.put(VSWITCH + "/vswitch-l3:l3", halfBody.toString());
        assertEquals(204, response.statusCode(), response.body());
        awaitFibs(baseline, kept);

        vswitchVpp.restart();
        awaitFibs(baseline, kept);
    }

    /** Waits until each table holds exactly VPP's own entries plus the configured routes. */
    private static void awaitFibs(final Map<Integer, Set<String>> baseline, final Map<Integer, Set<String>> routes)
            throws Exception {
        final Map<Integer, Set<String>> expected = new TreeMap<>();
        baseline.forEach((vrf, own) -> {
            final Set<String> all = new TreeSet<>(own);
            all.addAll(routes.getOrDefault(vrf, Set.of()));
            expected.put(vrf, all);
        });
        final Map<Integer, Set<String>> actual = new TreeMap<>();
        final long deadline = System.nanoTime() + CONVERGE.toNanos();
        while (System.nanoTime() < deadline) {
            for (int vrf : expected.keySet()) {
                actual.put(vrf, prefixes(vswitchVpp, "vswitch", vrf));
            }
            if (actual.equals(expected)) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        for (int vrf : expected.keySet()) {
            final Set<String> missing = new TreeSet<>(expected.get(vrf));
            missing.removeAll(actual.get(vrf));
            final Set<String> extra = new TreeSet<>(actual.get(vrf));
            extra.removeAll(expected.get(vrf));
            LOG.error("vrf {}: {} missing (e.g. {}), {} extra (e.g. {})", vrf, missing.size(),
                missing.stream().limit(5).toList(), extra.size(), extra.stream().limit(5).toList());
        }
        throw new AssertionError("VPP's FIB never matched the configuration");
    }

    private static void awaitScenarioApplied() throws Exception {
        awaitStates(VSWITCH + "/vswitch-interfaces:interfaces", "interface", Set.of("to-cnf1", "uplink", "bvi0"));
        awaitStates(CNF + "/vswitch-interfaces:interfaces", "interface", Set.of("to-vswitch"));
        awaitValue(BD + "?content=nonconfig", "/vswitch-l2:bridge-domain/0/status/state", "applied");
        awaitValue(CNF_ROUTE + "?content=nonconfig", "/vswitch-l3:route/0/status/state", "applied");
        awaitValue(CNF + "/vswitch-l3:l3/route=0,0.0.0.0%2F0?content=nonconfig", "/vswitch-l3:route/0/status/state",
            "applied");
    }

    private static void assertScenarioInVpp() throws Exception {
        final String bridge = cli("vswitch", "show bridge-domain 1 detail");
        assertTrue(bridge.contains("to-cnf1") || bridge.contains("memif"), bridge);
        assertTrue(bridge.contains("host-eth0") && bridge.contains("BVI"), bridge);
        assertTrue(prefixes(vswitchVpp, "vswitch", 0).contains("192.168.100.0/24"));
        assertTrue(prefixes(cnfVpp, "cnf1", 0).contains("0.0.0.0/0"));
        assertTrue(cli("cnf1", "show ip fib").contains("via 10.10.0.1"), cli("cnf1", "show ip fib"));
        assertTrue(cli("vswitch", "show interface addr").contains("10.10.0.1/24"));
    }

    /** The prefixes of one table, from VPP's CLI through the controller's cli RPC. */
    private static Set<String> prefixes(final VppSimulator vpp, final String node, final int vrf) {
        final String fib = cli(node, "show ip fib table " + vrf);
        return fib.lines().filter(line -> !line.startsWith(" ") && !line.contains("fib_index:"))
            .map(String::trim).filter(Predicate.not(String::isEmpty)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String cli(final String node, final String command) {
        try {
            final HttpResponse<String> response = ADMIN.post(Restconf.BASE + "/operations/vswitch-node:cli",
                "{\"input\": {\"node\": \"" + node + "\", \"command\": \"" + command + "\"}}");
            if (response.statusCode() != 200) {
                return "HTTP " + response.statusCode() + " " + response.body();
            }
            return Json.canonical(response.body()).at("/vswitch-node:output/reply").asText();
        } catch (IOException e) {
            return e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e.toString();
        }
    }

    private static void awaitTrue(final String what, final java.util.function.BooleanSupplier condition)
            throws InterruptedException {
        final long deadline = System.nanoTime() + CONVERGE.toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, what);
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }

    private static void awaitStates(final String listUrl, final String list, final Set<String> names)
            throws Exception {
        final long deadline = System.nanoTime() + CONVERGE.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            final HttpResponse<String> response = ADMIN.get(listUrl + "?content=nonconfig");
            last = response.body();
            if (response.statusCode() == 200) {
                final JsonNode entries = Json.canonical(response.body()).findValue(list);
                final Set<String> applied = new TreeSet<>();
                if (entries != null) {
                    entries.forEach(entry -> {
                        if ("applied".equals(entry.at("/status/state").asText())) {
                            applied.add(entry.path("name").asText());
                        }
                    });
                }
                if (applied.containsAll(names)) {
                    return;
                }
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new AssertionError(listUrl + ": expected " + names + " applied; last: " + last);
    }

    private static JsonNode awaitValue(final String url, final String pointer, final String value) throws Exception {
        final long deadline = System.nanoTime() + CONVERGE.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            final HttpResponse<String> response = ADMIN.get(url);
            last = response.statusCode() + " " + response.body();
            if (response.statusCode() == 200) {
                final JsonNode body = Json.canonical(response.body());
                if (value.equals(body.at(pointer).asText())) {
                    return body;
                }
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new AssertionError(url + " never had " + pointer + " = " + value + "; last: " + last);
    }

    /**
     * Waits until the node's {@code status-summary} gives the counts a read of every entry's status gives, with at
     * least {@code applied} entries applied.
     */
    private static void awaitSummaryOfStatuses(final String node, final int applied) throws Exception {
        final long deadline = System.nanoTime() + CONVERGE.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            final HttpResponse<String> response = ADMIN.get(Restconf.NODES + "/node=" + node + "?content=nonconfig");
            if (response.statusCode() == 200) {
                final JsonNode entry = new ObjectMapper().readTree(response.body())
                    .path("vswitch-node:node").path(0);
                final Map<String, Integer> counted = new TreeMap<>();
                countStatuses(entry, counted);
                final Map<String, Integer> reported = new TreeMap<>();
                entry.path("status-summary").fields().forEachRemaining(field -> {
                    if (field.getValue().asInt() > 0) {
                        reported.put(field.getKey(), field.getValue().asInt());
                    }
                });
                last = "counted " + counted + ", summary " + reported;
                if (counted.equals(reported) && counted.getOrDefault("applied", 0) >= applied) {
                    return;
                }
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        throw new AssertionError(node + ": status-summary never matched the statuses; last: " + last);
    }

    private static void countStatuses(final JsonNode json, final Map<String, Integer> counts) {
        if (json.isObject()) {
            final JsonNode state = json.path("status").path("state");
            if (state.isTextual()) {
                counts.merge(state.asText(), 1, Integer::sum);
            }
            json.fields().forEachRemaining(field -> {
                if (!"status".equals(field.getKey())) {
                    countStatuses(field.getValue(), counts);
                }
            });
        } else if (json.isArray()) {
            json.forEach(item -> countStatuses(item, counts));
        }
    }
}
