package io.vswitch.vpp.api.message.l3;

import io.vswitch.vpp.api.definition.VppDump;
import io.vswitch.vpp.api.definition.VppMessage;

/**
 * The {@code proxy_arp_intfc_dump} message (arp.api).
 * Dumps {@link ProxyArpIntfcDetails}s.
 */
@VppMessage(name = "proxy_arp_intfc_dump", crc = "51077d14", area = L3Messages.AREA)
public record ProxyArpIntfcDump() implements VppDump<ProxyArpIntfcDetails> {
}
