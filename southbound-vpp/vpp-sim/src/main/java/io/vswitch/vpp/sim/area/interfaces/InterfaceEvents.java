package io.vswitch.vpp.sim.area.interfaces;

import io.vswitch.vpp.api.codec.VppErrno;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceEvent;
import io.vswitch.vpp.api.message.interfaces.WantInterfaceEvents;
import io.vswitch.vpp.api.message.interfaces.WantInterfaceEventsReply;
import io.vswitch.vpp.sim.area.ApiTypes;
import io.vswitch.vpp.sim.spi.ClientSession;
import io.vswitch.vpp.sim.spi.SimCall;
import io.vswitch.vpp.sim.spi.VppError;
import io.vswitch.vpp.sim.state.InterfaceTable;
import io.vswitch.vpp.sim.state.SimInterface;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code want_interface_events} and {@code sw_interface_event}, as VPP's {@code vpe-link-state-process} sends
 * them: changes are collected per interface as event bits and sent after the batch that caused them, one event
 * per interface to every subscriber. The flags carry the bits of the changes, not the state: an admin-up on an
 * interface whose link was already up reports admin up only; an interface's creation reports flags 0.
 */
final class InterfaceEvents implements InterfaceTable.Listener {
    private static final int LINK_UP = 1;
    private static final int LINK_DOWN = 1 << 2;
    private static final int ADMIN_UP = 1 << 3;
    private static final int ADMIN_DOWN = 1 << 4;
    private static final int ADDED = 1 << 5;
    private static final int DELETED = 1 << 6;

    /** Subscribers by client index, with the pid they registered. */
    private final Map<Integer, Integer> subscribers = new LinkedHashMap<>();
    private final Map<Integer, ClientSession> sessions = new LinkedHashMap<>();
    private final TreeMap<Integer, Integer> pending = new TreeMap<>(Integer::compareUnsigned);

    WantInterfaceEventsReply want(final WantInterfaceEvents request, final SimCall call) {
        final int clientIndex = call.session().clientIndex();
        final boolean registered = subscribers.containsKey(clientIndex);
        if (request.enableDisable() != 0) {
            if (registered) {
                throw VppError.of(VppErrno.INVALID_REGISTRATION, "already enabled");
            }
            subscribers.put(clientIndex, request.pid());
            sessions.put(clientIndex, call.session());
        } else {
            if (!registered) {
                throw VppError.of(VppErrno.INVALID_REGISTRATION, "already disabled");
            }
            subscribers.remove(clientIndex);
            sessions.remove(clientIndex);
        }
        return new WantInterfaceEventsReply(0);
    }

    void sessionClosed(final ClientSession session) {
        subscribers.remove(session.clientIndex());
        sessions.remove(session.clientIndex());
    }

    @Override
    public void added(final SimInterface created) {
        signal(created.swIfIndex(), ADDED);
    }

    @Override
    public void changed(final SimInterface before, final SimInterface after) {
        if (before.adminUp() != after.adminUp()) {
            signal(after.swIfIndex(), after.adminUp() ? ADMIN_UP : ADMIN_DOWN);
        }
        if (!after.isSub() && before.hardwareLinkUp() != after.hardwareLinkUp()) {
            signal(after.swIfIndex(), after.hardwareLinkUp() ? LINK_UP : LINK_DOWN);
        }
    }

    @Override
    public void deleted(final SimInterface deleted) {
        signal(deleted.swIfIndex(), DELETED);
    }

    private void signal(final int swIfIndex, final int bits) {
        if (!subscribers.isEmpty()) {
            pending.merge(swIfIndex, bits, (old, added) -> old | added);
        }
    }

    /**
     * Sends the collected events; runs at the end of every batch.
     */
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        pending.forEach((swIfIndex, bits) -> {
            final int flags = ((bits & ADMIN_UP) != 0 ? ApiTypes.FLAG_ADMIN_UP : 0)
                | ((bits & LINK_UP) != 0 ? ApiTypes.FLAG_LINK_UP : 0);
            final boolean deleted = (bits & DELETED) != 0;
            subscribers.forEach((clientIndex, pid) -> sessions.get(clientIndex)
                .sendEvent(new SwInterfaceEvent(pid, swIfIndex, flags, deleted)));
        });
        pending.clear();
    }
}
