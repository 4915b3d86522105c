package io.vswitch.vpp.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vswitch.vpp.api.message.interfaces.SwInterfaceDetails;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceRxPlacementDetails;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceRxPlacementDump;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceSetFlags;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceSetRxMode;
import io.vswitch.vpp.api.message.memif.MemifCreateV2;
import io.vswitch.vpp.api.message.memif.MemifCreateV2Reply;
import io.vswitch.vpp.api.message.memif.MemifDelete;
import io.vswitch.vpp.api.message.memif.MemifDetails;
import io.vswitch.vpp.api.message.memif.MemifDump;
import io.vswitch.vpp.api.message.memif.MemifSocketFilenameAddDelV2;
import io.vswitch.vpp.api.message.memif.MemifSocketFilenameAddDelV2Reply;
import io.vswitch.vpp.api.message.memif.MemifSocketFilenameDetails;
import io.vswitch.vpp.api.message.memif.MemifSocketFilenameDump;
import io.vswitch.vpp.sim.state.RxMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemifTest extends SimulatorTestSupport {
    private static final int MASTER = 0;
    private static final int SLAVE = 1;

    private MemifCreateV2Reply create(final int role, final int mode, final int id, final int socketId,
            final int ringSize) {
        return client.call(new MemifCreateV2(role, mode, 0, 0, id, socketId, ringSize, 0, false, false,
            new byte[6], ""));
    }

    @Test
    void socketZeroIsTheDefault() {
        assertEquals(List.of(new MemifSocketFilenameDetails(0, "/run/vpp/memif.sock")),
            dump(new MemifSocketFilenameDump()));
    }

    @Test
    void socketFilesAreRegisteredAndRemoved() {
        assertEquals(new MemifSocketFilenameAddDelV2Reply(0, 3),
            client.call(new MemifSocketFilenameAddDelV2(true, 3, "/tmp/m3.sock")));
        assertEquals(0, client.call(new MemifSocketFilenameAddDelV2(true, 3, "/tmp/m3.sock")).retval(),
            "identical add");
        assertEquals(-116, client.call(new MemifSocketFilenameAddDelV2(true, 3, "/tmp/other.sock")).retval());
        assertEquals(new MemifSocketFilenameAddDelV2Reply(0, 1),
            client.call(new MemifSocketFilenameAddDelV2(true, -1, "rel.sock")), "~0 allocates an id");
        assertEquals(List.of(new MemifSocketFilenameDetails(0, "/run/vpp/memif.sock"),
            new MemifSocketFilenameDetails(1, "/run/vpp/rel.sock"),
            new MemifSocketFilenameDetails(3, "/tmp/m3.sock")), dump(new MemifSocketFilenameDump()));
        assertEquals(-73, client.call(new MemifSocketFilenameAddDelV2(false, 0, "")).retval(), "id 0 is fixed");
        assertEquals(-73, client.call(new MemifSocketFilenameAddDelV2(false, 9, "")).retval(), "unknown id");
        assertEquals(-73, client.call(new MemifSocketFilenameAddDelV2(true, 9, "")).retval(), "no file name");
        assertEquals(0, client.call(new MemifSocketFilenameAddDelV2(false, 3, "")).retval());
    }

    @Test
    void socketFilesInUseCannotBeRemoved() {
        client.call(new MemifSocketFilenameAddDelV2(true, 2, "/tmp/m2.sock"));
        final int memif = create(MASTER, 0, 0, 2, 0).swIfIndex();
        assertEquals(-74, client.call(new MemifSocketFilenameAddDelV2(false, 2, "")).retval());
        client.call(new MemifDelete(memif));
        assertEquals(0, client.call(new MemifSocketFilenameAddDelV2(false, 2, "")).retval());
    }

    @Test
    void memifsAreNamedAfterSocketAndId() {
        client.call(new MemifSocketFilenameAddDelV2(true, 1, "/tmp/m1.sock"));
        final MemifCreateV2Reply first = create(MASTER, 0, 0, 0, 0);
        final MemifCreateV2Reply second = create(MASTER, 0, 7, 0, 0);
        final MemifCreateV2Reply third = create(SLAVE, 1, 0, 1, 2048);
        assertEquals(0, first.retval());
        final SwInterfaceDetails details = details(first.swIfIndex());
        assertEquals("memif0/0", details.interfaceName());
        assertEquals("memif", details.interfaceDevType());
        assertEquals(2, details.l2Address()[0]);
        assertEquals((byte) 0xfe, details.l2Address()[1]);
        assertEquals("memif0/7", details(second.swIfIndex()).interfaceName());
        assertEquals("memif1/0", details(third.swIfIndex()).interfaceName());
        assertArrayEquals(new byte[6], details(third.swIfIndex()).l2Address(), "IP mode has no MAC");

        final List<MemifDetails> memifs = dump(new MemifDump());
        assertEquals(3, memifs.size());
        final MemifDetails slave = memifs.get(2);
        assertEquals(SLAVE, slave.role());
        assertEquals(1, slave.mode());
        assertEquals(1, slave.socketId());
        assertEquals(2048, slave.ringSize());
        assertEquals(2048, slave.bufferSize());
        assertTrue(slave.zeroCopy());
        assertFalse(memifs.get(0).zeroCopy());
        assertEquals(1024, memifs.get(0).ringSize());
    }

    @Test
    void creationErrorsAreVpps() {
        assertEquals(0, create(MASTER, 0, 0, 0, 0).retval());
        assertEquals(-68, create(MASTER, 0, 0, 0, 0).retval(), "id taken on this socket");
        assertEquals(-68, create(SLAVE, 0, 1, 0, 0).retval(), "socket used by a master");
        assertEquals(-73, create(MASTER, 0, 1, 5, 0).retval(), "unknown socket id");
        assertEquals(-73, create(MASTER, 0, 1, 0, 1000).retval(), "ring size not a power of 2");
        assertEquals(-12, create(MASTER, 2, 1, 0, 0).retval(), "punt/inject mode");
    }

    @Test
    void linkFollowsAdminWhileThePeerIsPresent() {
        final int memif = create(MASTER, 0, 0, 0, 0).swIfIndex();
        assertEquals(0, details(memif).flags());
        client.call(new SwInterfaceSetFlags(memif, 1));
        assertEquals(3, details(memif).flags());
        assertEquals(3, dump(new MemifDump()).get(0).flags());
        sim.setCarrier(memif, false);
        assertEquals(1, details(memif).flags());
    }

    @Test
    void rxModeIsSetOnTheQueues() {
        final int memif = create(MASTER, 0, 0, 0, 0).swIfIndex();
        assertEquals(0, client.call(new SwInterfaceSetRxMode(memif, false, 0, 2)).retval());
        assertEquals(RxMode.INTERRUPT, sim.inspect(state -> state.interfaces().require(memif).rxMode()));
        assertEquals(List.of(new SwInterfaceRxPlacementDetails(memif, 0, 0, 2)),
            dump(new SwInterfaceRxPlacementDump(0xFFFF_FFFF)), "the memif's queue; the loopbacks have none");
        assertEquals(List.of(new SwInterfaceRxPlacementDetails(memif, 0, 0, 2)),
            dump(new SwInterfaceRxPlacementDump(memif)));
        assertEquals(0, client.call(new SwInterfaceSetRxMode(memif, true, 0, 4)).retval(), "default");
        assertEquals(RxMode.POLLING, sim.inspect(state -> state.interfaces().require(memif).rxMode()));
        assertEquals(-9, client.call(new SwInterfaceSetRxMode(memif, true, 3, 1)).retval(), "no queue 3");
        assertEquals(-9, client.call(new SwInterfaceSetRxMode(memif, false, 0, 0)).retval(), "unknown mode");
    }

    @Test
    void deleteOnlyDeletesMemifs() {
        final int memif = create(MASTER, 0, 0, 0, 0).swIfIndex();
        final int loop0 = loopback();
        assertEquals(-2, client.call(new MemifDelete(loop0)).retval());
        assertEquals(-2, client.call(new MemifDelete(99)).retval());
        assertEquals(0, client.call(new MemifDelete(memif)).retval());
        assertEquals(List.of(), dump(new MemifDump()));
        assertEquals(List.of("local0", "loop0"), interfaceNames());
    }
}
