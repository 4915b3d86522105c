package io.vswitch.interfaces.descriptor;

import com.google.common.net.InetAddresses;
import io.vswitch.interfaces.InterfaceKeys;
import io.vswitch.interfaces.item.AdminState;
import io.vswitch.interfaces.item.InterfaceAddress;
import io.vswitch.interfaces.item.InterfaceItem;
import io.vswitch.interfaces.item.InterfaceMac;
import io.vswitch.interfaces.item.InterfaceMtu;
import io.vswitch.interfaces.item.InterfaceSettings;
import io.vswitch.interfaces.item.IpPrefix;
import io.vswitch.interfaces.item.MacAddress;
import io.vswitch.interfaces.item.RxMode;
import io.vswitch.interfaces.item.RxModeSetting;
import io.vswitch.interfaces.item.Unnumbered;
import io.vswitch.interfaces.item.VrfBinding;
import io.vswitch.renderer.spi.DerivedItem;
import io.vswitch.renderer.spi.ItemKey;
import java.util.ArrayList;
import java.util.List;

/**
 * The derived items of an interface, from its settings (desired or as retrieved from VPP alike): only what is
 * set, so that VPP's defaults need no item.
 */
final class InterfaceDerivation {
    private InterfaceDerivation() {
        // static only
    }

    static List<DerivedItem> derive(final ItemKey key, final InterfaceItem item) {
        final InterfaceSettings settings = item.settings();
        final List<DerivedItem> derived = new ArrayList<>(4 + settings.addresses().size());
        if (settings.enabled()) {
            derived.add(new DerivedItem(key.child(InterfaceKeys.ADMIN), new AdminState(true)));
        }
        final Integer mtu = settings.mtu();
        if (mtu != null) {
            derived.add(new DerivedItem(key.child(InterfaceKeys.MTU), new InterfaceMtu(mtu)));
        }
        final MacAddress mac = settings.mac();
        if (mac != null) {
            derived.add(new DerivedItem(key.child(InterfaceKeys.MAC), new InterfaceMac(mac)));
        }
        for (IpPrefix prefix : settings.addresses()) {
            derived.add(new DerivedItem(addressKey(key, prefix),
                new InterfaceAddress(prefix, settings.vrf(prefix.isIpv6()))));
        }
        for (boolean ipv6 : new boolean[] {false, true}) {
            if (settings.vrf(ipv6) != 0) {
                derived.add(new DerivedItem(key.child(InterfaceKeys.VRF, InterfaceKeys.family(ipv6)),
                    new VrfBinding(ipv6, settings.vrf(ipv6))));
            }
        }
        final String unnumbered = settings.unnumbered();
        if (unnumbered != null) {
            derived.add(new DerivedItem(key.child(InterfaceKeys.UNNUMBERED),
                new Unnumbered(unnumbered, settings.ipv4Vrf(), settings.ipv6Vrf())));
        }
        final RxMode rxMode = settings.rxMode();
        if (rxMode != null) {
            derived.add(new DerivedItem(key.child(InterfaceKeys.RX_MODE), new RxModeSetting(rxMode)));
        }
        return derived;
    }

    static ItemKey addressKey(final ItemKey interfaceKey, final IpPrefix prefix) {
        return interfaceKey.child(InterfaceKeys.ADDRESS, InetAddresses.toAddrString(prefix.address()),
            Integer.toString(prefix.length()));
    }
}
