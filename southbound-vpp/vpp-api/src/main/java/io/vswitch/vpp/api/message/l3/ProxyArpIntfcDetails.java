package io.vswitch.vpp.api.message.l3;

import io.vswitch.vpp.api.definition.VppDetails;
import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;

/**
 * The {@code proxy_arp_intfc_details} message (arp.api).
 * One answer of {@link ProxyArpIntfcDump}.
 */
@VppMessage(name = "proxy_arp_intfc_details", crc = "f6458e5f", area = L3Messages.AREA)
public record ProxyArpIntfcDetails(
        @VppField("u32") int swIfIndex) implements VppDetails {
}
