package io.vswitch.interfaces.descriptor;

import io.vswitch.interfaces.item.InterfaceItem;
import io.vswitch.interfaces.item.InterfaceSettings;
import io.vswitch.interfaces.item.InterfaceType;
import io.vswitch.interfaces.item.IpPrefix;
import io.vswitch.interfaces.item.MacAddress;
import io.vswitch.interfaces.item.RxMode;
import java.util.List;
import java.util.stream.Stream;

/**
 * Interface values for tests, changed one aspect at a time.
 */
record Items(InterfaceItem item) {
    static Items of(final String name, final InterfaceType type) {
        return new Items(new InterfaceItem(name, type, new InterfaceSettings(true, null, null, List.of(), 0, 0,
            null, null)));
    }

    private Items with(final InterfaceSettings settings) {
        return new Items(new InterfaceItem(item.name(), item.type(), settings));
    }

    private InterfaceSettings settings() {
        return item.settings();
    }

    Items enabled(final boolean enabled) {
        final var s = settings();
        return with(new InterfaceSettings(enabled, s.mtu(), s.mac(), s.addresses(), s.ipv4Vrf(), s.ipv6Vrf(),
            s.unnumbered(), s.rxMode()));
    }

    Items mtu(final Integer mtu) {
        final var s = settings();
        return with(new InterfaceSettings(s.enabled(), mtu, s.mac(), s.addresses(), s.ipv4Vrf(), s.ipv6Vrf(),
            s.unnumbered(), s.rxMode()));
    }

    Items mac(final String mac) {
        final var s = settings();
        return with(new InterfaceSettings(s.enabled(), s.mtu(), new MacAddress(mac), s.addresses(), s.ipv4Vrf(),
            s.ipv6Vrf(), s.unnumbered(), s.rxMode()));
    }

    Items addresses(final String... prefixes) {
        final var s = settings();
        return with(new InterfaceSettings(s.enabled(), s.mtu(), s.mac(),
            Stream.of(prefixes).map(IpPrefix::parse).toList(), s.ipv4Vrf(), s.ipv6Vrf(), s.unnumbered(),
            s.rxMode()));
    }

    Items vrf(final int vrf) {
        final var s = settings();
        return with(new InterfaceSettings(s.enabled(), s.mtu(), s.mac(), s.addresses(), vrf, vrf, s.unnumbered(),
            s.rxMode()));
    }

    Items unnumbered(final String source) {
        final var s = settings();
        return with(new InterfaceSettings(s.enabled(), s.mtu(), s.mac(), s.addresses(), s.ipv4Vrf(), s.ipv6Vrf(),
            source, s.rxMode()));
    }

    Items rxMode(final RxMode mode) {
        final var s = settings();
        return with(new InterfaceSettings(s.enabled(), s.mtu(), s.mac(), s.addresses(), s.ipv4Vrf(), s.ipv6Vrf(),
            s.unnumbered(), mode));
    }
}
