package io.vswitch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The restart proof: ten stop/start cycles with data in the persistent datastore, half of them graceful
 * ({@code bin/stop}) and half a SIGKILL, each reaching RESTCONF-ready with the data intact. An unclean stop is the
 * case in which AAA can lose its start-up notification; the controller must recover from it by itself.
 */
class RestartIT {
    private static final Logger LOG = LoggerFactory.getLogger(RestartIT.class);
    private static final int CYCLES = 10;
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    private static final String NODE_URL = Restconf.NODES + "/node=persisted";
    private static final String NODE = """
        {"vswitch-node:node": [{
          "name": "persisted",
          "api-socket": "/run/vpp/persisted.sock",
          "vswitch-interfaces:interfaces": {"interface": [
            {"name": "loop-persisted", "type": "vswitch-interfaces:loopback", "ipv4-address": ["192.0.2.1/32"]}
          ]}
        }]}""";

    private static KarafInstance karaf;
    private static final Restconf ADMIN = Restconf.admin();

    @BeforeAll
    static void startWithData() throws Exception {
        karaf = KarafInstance.freshCopy("restart-karaf");
        karaf.start();
        ADMIN.awaitReady(READY_TIMEOUT);
        assertEquals(201, ADMIN.put(NODE_URL, NODE).statusCode());
    }

    @AfterAll
    static void stop() throws Exception {
        if (karaf != null) {
            karaf.stop();
        }
    }

    @Test
    void everyRestartComesBackWithTheData() throws Exception {
        final JsonNode expected = Json.canonical(NODE);
        long slowest = 0;
        for (int cycle = 1; cycle <= CYCLES; cycle++) {
            final boolean graceful = cycle % 2 == 1;
            if (graceful) {
                karaf.stop();
            } else {
                karaf.kill();
            }
            karaf.start();
            final Duration ready = ADMIN.awaitReady(READY_TIMEOUT);
            slowest = Math.max(slowest, ready.toMillis());
            final HttpResponse<String> response = ADMIN.get(NODE_URL + "?content=config");
            assertEquals(200, response.statusCode(), "cycle " + cycle + ": " + response.body());
            assertEquals(expected, Json.canonical(response.body()), "cycle " + cycle);
            LOG.info("restart cycle {} ({}): RESTCONF ready with data after {} ms", cycle,
                graceful ? "bin/stop" : "SIGKILL", ready.toMillis());
        }
        final long recoveries = Files.readAllLines(karaf.log()).stream()
            .filter(line -> line.contains("restarting bundle org.opendaylight.aaa")).count();
        LOG.info("restart.slowest_ready {} ms", slowest);
        LOG.info("restart.aaa_recoveries {} count", recoveries);
    }
}
