package io.vswitch.vpp.api.codec;

import io.vswitch.vpp.api.definition.VppMessageBody;
import io.vswitch.vpp.api.message.afpacket.AfPacketMessages;
import io.vswitch.vpp.api.message.core.CoreMessages;
import io.vswitch.vpp.api.message.interfaces.InterfacesMessages;
import io.vswitch.vpp.api.message.l2.L2Messages;
import io.vswitch.vpp.api.message.l3.L3Messages;
import io.vswitch.vpp.api.message.memif.MemifMessages;
import io.vswitch.vpp.api.message.tap.TapMessages;
import io.vswitch.vpp.api.message.vxlan.VxlanMessages;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The catalogue: every message this project defines, area by area. Adding an area is a package of records with
 * its {@code XMessages.ALL} list, plus one line here.
 */
public final class VppMessages {
    private static final List<List<Class<? extends VppMessageBody>>> AREAS = List.of(
        CoreMessages.ALL,
        InterfacesMessages.ALL,
        MemifMessages.ALL,
        AfPacketMessages.ALL,
        TapMessages.ALL,
        VxlanMessages.ALL,
        L2Messages.ALL,
        L3Messages.ALL);

    private static final List<Class<? extends VppMessageBody>> ALL = AREAS.stream()
        .flatMap(List::stream)
        .collect(Collectors.toUnmodifiableList());

    private VppMessages() {
        // constants only
    }

    /**
     * Every message record, as an immutable list.
     */
    public static List<Class<? extends VppMessageBody>> all() {
        return ALL;
    }

    /**
     * A registry of every message of the catalogue. Each call resolves the definitions anew: keep the result.
     */
    public static MessageRegistry registry() {
        return MessageRegistry.of(ALL);
    }
}
