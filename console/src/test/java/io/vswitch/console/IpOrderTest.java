package io.vswitch.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class IpOrderTest {
    private static List<String> sorted(final Function<String, byte[]> key, final String... values) {
        return List.of(values).stream().sorted(Comparator.comparing(key, IpOrder.KEYS)).toList();
    }

    @Test
    void prefixesNumericallyIpv4FirstShorterFirst() {
        assertEquals(List.of("0.0.0.0/0", "9.0.0.0/8", "10.0.0.0/8", "10.0.0.0/16", "10.0.0.255/32",
                "10.0.1.0/24", "192.168.0.0/16", "::/0", "2001:db8::/32", "fe80::/10", "not-a-prefix", "x/y"),
            sorted(IpOrder::prefix, "fe80::/10", "10.0.1.0/24", "x/y", "10.0.0.0/16", "192.168.0.0/16",
                "not-a-prefix", "10.0.0.255/32", "::/0", "0.0.0.0/0", "10.0.0.0/8", "2001:db8::/32", "9.0.0.0/8"));
    }

    @Test
    void addressesNumericallyZonesIgnored() {
        assertEquals(List.of("10.0.0.9", "10.0.0.10", "::1", "fe80::1%eth0", "fe80::2", "nonsense"),
            sorted(IpOrder::address, "fe80::2", "nonsense", "10.0.0.10", "fe80::1%eth0", "::1", "10.0.0.9"));
    }

    @Test
    void badPrefixLengthsSortAsText() {
        assertEquals(List.of("10.0.0.0/8", "10.0.0.0/200", "10.0.0.0/abc"),
            sorted(IpOrder::prefix, "10.0.0.0/abc", "10.0.0.0/200", "10.0.0.0/8"));
    }
}
