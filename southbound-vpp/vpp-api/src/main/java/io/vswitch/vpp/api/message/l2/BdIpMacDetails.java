package io.vswitch.vpp.api.message.l2;

import io.vswitch.vpp.api.definition.VppDetails;
import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;

/**
 * The {@code bd_ip_mac_details} message (l2.api).
 * One answer of {@link BdIpMacDump}.
 */
@VppMessage(name = "bd_ip_mac_details", crc = "545af86a", area = L2Messages.AREA)
public record BdIpMacDetails(
        @VppField("vl_api_bd_ip_mac_t") BdIpMac entry) implements VppDetails {
}
