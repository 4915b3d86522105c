package io.vswitch.vpp.api.message.l3;

import io.vswitch.vpp.api.definition.VppDetails;
import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;

/**
 * The {@code proxy_arp_details} message (arp.api).
 * One answer of {@link ProxyArpDump}.
 */
@VppMessage(name = "proxy_arp_details", crc = "5b948673", area = L3Messages.AREA)
public record ProxyArpDetails(
        @VppField("vl_api_proxy_arp_t") ProxyArp proxy) implements VppDetails {
}
