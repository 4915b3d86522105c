package io.vswitch.vpp.api.message.l2;

import io.vswitch.vpp.api.definition.VppDetails;
import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;

/**
 * The {@code l2_fib_table_details} message (l2.api).
 * One answer of {@link L2FibTableDump}.
 */
@VppMessage(name = "l2_fib_table_details", crc = "a44ef6b8", area = L2Messages.AREA)
public record L2FibTableDetails(
        @VppField("u32") int bdId,
        @VppField("vl_api_mac_address_t") byte[] mac,
        @VppField("vl_api_interface_index_t") int swIfIndex,
        @VppField("bool") boolean staticMac,
        @VppField("bool") boolean filterMac,
        @VppField("bool") boolean bviMac) implements VppDetails {
}
