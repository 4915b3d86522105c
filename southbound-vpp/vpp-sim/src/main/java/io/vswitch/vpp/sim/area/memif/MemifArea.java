package io.vswitch.vpp.sim.area.memif;

import io.vswitch.vpp.api.codec.VppErrno;
import io.vswitch.vpp.api.message.memif.MemifCreateV2;
import io.vswitch.vpp.api.message.memif.MemifCreateV2Reply;
import io.vswitch.vpp.api.message.memif.MemifDelete;
import io.vswitch.vpp.api.message.memif.MemifDeleteReply;
import io.vswitch.vpp.api.message.memif.MemifDetails;
import io.vswitch.vpp.api.message.memif.MemifDump;
import io.vswitch.vpp.api.message.memif.MemifSocketFilenameAddDelV2;
import io.vswitch.vpp.api.message.memif.MemifSocketFilenameAddDelV2Reply;
import io.vswitch.vpp.api.message.memif.MemifSocketFilenameDetails;
import io.vswitch.vpp.api.message.memif.MemifSocketFilenameDump;
import io.vswitch.vpp.sim.area.ApiTypes;
import io.vswitch.vpp.sim.spi.AreaContext;
import io.vswitch.vpp.sim.spi.SimArea;
import io.vswitch.vpp.sim.spi.SimCall;
import io.vswitch.vpp.sim.spi.VppError;
import io.vswitch.vpp.sim.spi.VppModules;
import io.vswitch.vpp.sim.state.InterfaceKind;
import io.vswitch.vpp.sim.state.MacAddress;
import io.vswitch.vpp.sim.state.MemifSockets;
import io.vswitch.vpp.sim.state.RxMode;
import io.vswitch.vpp.sim.state.SimInterface;
import io.vswitch.vpp.sim.state.SimState;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * memif as the plugin's API handlers and {@code memif.c} treat it ({@code memif_socket_filename_add_del},
 * {@code memif_create_if}, {@code memif_delete_if}). The simulator has no peer: a memif's carrier comes from
 * {@link io.vswitch.vpp.sim.state.SimHost#memifPeersPresent()} (link up once admin up by default).
 */
public final class MemifArea implements SimArea {
    static final int ROLE_MASTER = 0;
    static final int ROLE_SLAVE = 1;
    static final int MODE_ETHERNET = 0;
    static final int MODE_IP = 1;
    static final int DEFAULT_RING_SIZE = 1024;
    static final int DEFAULT_BUFFER_SIZE = 2048;
    static final int DEFAULT_QUEUES = 1;

    /**
     * The area.
     */
    public MemifArea() {
        // stateless
    }

    @Override
    public void install(final AreaContext context) {
        context.module(VppModules.MEMIF);
        context.onRequest(MemifSocketFilenameAddDelV2.class, MemifArea::socketFilenameAddDel);
        context.onRequest(MemifCreateV2.class, MemifArea::create);
        context.onRequest(MemifDelete.class, MemifArea::delete);
        context.onDump(MemifDump.class, MemifArea::dump);
        context.onDump(MemifSocketFilenameDump.class, MemifArea::socketDump);
    }

    static MemifSocketFilenameAddDelV2Reply socketFilenameAddDel(final MemifSocketFilenameAddDelV2 request,
            final SimCall call) {
        final MemifSockets sockets = call.state().memifSockets();
        int socketId = request.socketId();
        if (socketId == 0) {
            return new MemifSocketFilenameAddDelV2Reply(VppErrno.INVALID_ARGUMENT.value(), socketId);
        }
        if (request.isAdd() && socketId == ApiTypes.NONE) {
            socketId = 1;
            while (sockets.filename(socketId).isPresent()) {
                socketId++;
            }
        }
        return new MemifSocketFilenameAddDelV2Reply(addDel(sockets, request.isAdd(), socketId,
            request.socketFilename()), socketId);
    }

    private static int addDel(final MemifSockets sockets, final boolean isAdd, final int socketId,
            final String filename) {
        if (socketId == ApiTypes.NONE) {
            return VppErrno.INVALID_ARGUMENT.value();
        }
        final Optional<String> existing = sockets.filename(socketId);
        if (!isAdd) {
            if (existing.isEmpty()) {
                return VppErrno.INVALID_ARGUMENT.value();
            }
            if (sockets.users(socketId) > 0) {
                return VppErrno.UNEXPECTED_INTF_STATE.value();
            }
            sockets.remove(socketId);
            return 0;
        }
        if (filename.isEmpty()) {
            return VppErrno.INVALID_ARGUMENT.value();
        }
        final String normalised = MemifSockets.normalise(filename);
        if (existing.isPresent()) {
            // an identical add is accepted silently, a different file for the id is not
            return existing.orElseThrow().equals(normalised) ? 0 : VppErrno.ENTRY_ALREADY_EXISTS.value();
        }
        sockets.put(socketId, normalised);
        return 0;
    }

    static MemifCreateV2Reply create(final MemifCreateV2 request, final SimCall call) {
        final SimState state = call.state();
        final int ringSize = request.ringSize() == 0 ? DEFAULT_RING_SIZE : request.ringSize();
        if (Integer.bitCount(ringSize) != 1) {
            throw VppError.of(VppErrno.INVALID_ARGUMENT, "ring size " + ringSize + " is not a power of 2");
        }
        if (state.memifSockets().filename(request.socketId()).isEmpty()) {
            throw VppError.of(VppErrno.INVALID_ARGUMENT, "unknown socket id");
        }
        final boolean master = request.role() == ROLE_MASTER;
        for (SimInterface iface : state.interfaces().all()) {
            if (iface.kind() instanceof InterfaceKind.Memif memif && memif.socketId() == request.socketId()) {
                if (memif.role() == ROLE_MASTER != master) {
                    throw VppError.of(VppErrno.SUBIF_ALREADY_EXISTS,
                        "socket file cannot be used by both master and slave");
                }
                if (memif.id() == request.id()) {
                    throw VppError.of(VppErrno.SUBIF_ALREADY_EXISTS, "interface already exists");
                }
            }
        }
        if (request.mode() != MODE_ETHERNET && request.mode() != MODE_IP) {
            throw VppError.of(VppErrno.SYSCALL_ERROR_2, "unsupported interface mode");
        }
        final MacAddress mac;
        if (request.mode() == MODE_IP) {
            mac = MacAddress.ZERO;
        } else {
            final MacAddress given = ApiTypes.mac(request.hwAddr());
            mac = given.isZero() ? state.randomMac() : given;
        }
        final InterfaceKind.Memif kind = new InterfaceKind.Memif(request.socketId(), request.id(),
            master ? ROLE_MASTER : ROLE_SLAVE, request.mode(), ringSize,
            request.bufferSize() == 0 ? DEFAULT_BUFFER_SIZE : request.bufferSize(),
            !master && !request.noZeroCopy(), request.secret(),
            master || request.rxQueues() == 0 ? DEFAULT_QUEUES : request.rxQueues(),
            master || request.txQueues() == 0 ? DEFAULT_QUEUES : request.txQueues());
        final boolean carrier = state.host().memifPeersPresent();
        final RxMode rxMode = state.defaultRxMode();
        final SimInterface created = state.interfaces().create((sw, hw) -> SimInterface.hardware(sw, hw,
            "memif" + Integer.toUnsignedString(kind.socketId()) + "/" + Integer.toUnsignedString(kind.id()),
            kind, mac, carrier, SimState.DEFAULT_ETHERNET_MTU, rxMode));
        return new MemifCreateV2Reply(0, created.swIfIndex());
    }

    static MemifDeleteReply delete(final MemifDelete request, final SimCall call) {
        final SimState state = call.state();
        final SimInterface iface = ApiTypes.requireInterface(state, request.swIfIndex());
        final SimInterface hardware = iface.isSub() ? state.interfaces().require(iface.supSwIfIndex()) : iface;
        if (!(hardware.kind() instanceof InterfaceKind.Memif)) {
            throw VppError.of(VppErrno.INVALID_SW_IF_INDEX, hardware.name() + " is not a memif interface");
        }
        state.interfaces().delete(hardware.swIfIndex());
        return new MemifDeleteReply(0);
    }

    static void dump(final MemifDump request, final SimCall call, final Consumer<MemifDetails> details) {
        final SimState state = call.state();
        for (SimInterface iface : state.interfaces().all()) {
            if (iface.kind() instanceof InterfaceKind.Memif memif) {
                details.accept(new MemifDetails(iface.swIfIndex(), iface.mac().bytes(), memif.id(), memif.role(),
                    memif.mode(), memif.zeroCopy(), memif.socketId(), memif.ringSize(), memif.bufferSize(),
                    ApiTypes.statusFlags(state, iface), iface.name()));
            }
        }
    }

    static void socketDump(final MemifSocketFilenameDump request, final SimCall call,
            final Consumer<MemifSocketFilenameDetails> details) {
        call.state().memifSockets().all()
            .forEach((socketId, filename) -> details.accept(new MemifSocketFilenameDetails(socketId, filename)));
    }
}
