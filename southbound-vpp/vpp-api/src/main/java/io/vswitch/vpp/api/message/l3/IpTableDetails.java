package io.vswitch.vpp.api.message.l3;

import io.vswitch.vpp.api.definition.VppDetails;
import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;

/**
 * The {@code ip_table_details} message (ip.api).
 * One answer of {@link IpTableDump}.
 */
@VppMessage(name = "ip_table_details", crc = "c79fca0f", area = L3Messages.AREA)
public record IpTableDetails(
        @VppField("vl_api_ip_table_t") IpTable table) implements VppDetails {
}
