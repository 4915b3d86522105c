package io.vswitch.vpp.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vswitch.vpp.api.message.core.ApiVersions;
import io.vswitch.vpp.api.message.core.ApiVersionsReply;
import io.vswitch.vpp.api.message.core.CliInband;
import io.vswitch.vpp.api.message.core.CliInbandReply;
import io.vswitch.vpp.api.message.core.ControlPing;
import io.vswitch.vpp.api.message.core.ControlPingReply;
import io.vswitch.vpp.api.message.core.ModuleVersion;
import io.vswitch.vpp.api.message.core.ShowVersion;
import io.vswitch.vpp.api.message.core.ShowVersionReply;
import org.junit.jupiter.api.Test;

class CoreAreaTest extends SimulatorTestSupport {
    @Test
    void controlPingReportsThisProcessAsVpe() {
        final ControlPingReply reply = client.call(new ControlPing());
        assertEquals(0, reply.retval());
        assertEquals(ProcessHandle.current().pid(), reply.vpePid());
    }

    @Test
    void showVersionIsVpp2606() {
        final ShowVersionReply reply = client.call(new ShowVersion());
        assertEquals(0, reply.retval());
        assertEquals("vpe", reply.program());
        assertEquals("26.06-release", reply.version());
        assertTrue(!reply.buildDate().isEmpty() && !reply.buildDirectory().isEmpty());
    }

    @Test
    void apiVersionsListsTheImplementedModules() {
        final ApiVersionsReply reply = client.call(new ApiVersions());
        assertEquals(0, reply.retval());
        assertEquals(reply.count(), reply.apiVersions().size());
        final ModuleVersion memclnt = reply.apiVersions().stream().filter(module -> module.name().equals("memclnt"))
            .findFirst().orElseThrow();
        assertEquals(2, memclnt.major());
        assertEquals(1, memclnt.minor());
    }

    @Test
    void cliShowVersion() {
        final CliInbandReply reply = client.call(new CliInband("show version"));
        assertEquals(0, reply.retval());
        assertTrue(reply.reply().startsWith("vpp v26.06-release built by "), reply.reply());
        final CliInbandReply abbreviated = client.call(new CliInband("sh ver"));
        assertEquals(reply.reply(), abbreviated.reply());
    }

    @Test
    void cliUnknownCommandsAnswerLikeVpp() {
        final CliInbandReply unknown = client.call(new CliInband("frobnicate now"));
        assertEquals(-1, unknown.retval());
        assertEquals("unknown input `frobnicate now'\n", unknown.reply());
        final CliInbandReply unknownSub = client.call(new CliInband("show frobs"));
        assertEquals(-1, unknownSub.retval());
        assertEquals("show: unknown input `frobs'\n", unknownSub.reply());
    }
}
