package io.vswitch.interfaces.impl;

import io.vswitch.interfaces.item.MacAddress;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceDetails;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces._interface.State;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces._interface.StateBuilder;
import org.opendaylight.yangtools.yang.common.Uint32;

/**
 * What VPP reports of one interface, as the operational {@code state} shows it.
 *
 * @param swIfIndex VPP's index
 * @param vppName VPP's name
 * @param linkUp oper status
 * @param mac the MAC address, null if the interface has none (e.g. a memif in IP mode)
 * @param mtu the L3 MTU
 */
record InterfaceOperState(int swIfIndex, String vppName, boolean linkUp, @Nullable MacAddress mac, int mtu) {
    private static final int FLAG_LINK_UP = 2;

    static InterfaceOperState of(final SwInterfaceDetails details) {
        final MacAddress mac = MacAddress.of(details.l2Address());
        return new InterfaceOperState(details.swIfIndex(), details.interfaceName(),
            (details.flags() & FLAG_LINK_UP) != 0, mac.isZero() ? null : mac, details.mtu()[0]);
    }

    State toBinding() {
        final MacAddress address = mac;
        return new StateBuilder()
            .setSwIfIndex(Uint32.fromIntBits(swIfIndex))
            .setVppName(vppName)
            .setOperStatus(linkUp ? State.OperStatus.Up : State.OperStatus.Down)
            .setMacAddress(address == null ? null
                : new org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.yang.types.rev130715.MacAddress(
                    address.text()))
            .setMtu(Uint32.fromIntBits(mtu))
            .build();
    }
}
