package io.vswitch.vpp.api.message.l2;

import io.vswitch.vpp.api.definition.VppDump;
import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;

/**
 * The {@code bd_ip_mac_dump} message (l2.api).
 * Dumps {@link BdIpMacDetails}s.
 */
@VppMessage(name = "bd_ip_mac_dump", crc = "c25fdce6", area = L2Messages.AREA)
public record BdIpMacDump(
        @VppField("u32") int bdId) implements VppDump<BdIpMacDetails> {
}
