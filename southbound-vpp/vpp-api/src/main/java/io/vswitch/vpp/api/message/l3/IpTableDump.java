package io.vswitch.vpp.api.message.l3;

import io.vswitch.vpp.api.definition.VppDump;
import io.vswitch.vpp.api.definition.VppMessage;

/**
 * The {@code ip_table_dump} message (ip.api).
 * Dumps {@link IpTableDetails}s.
 */
@VppMessage(name = "ip_table_dump", crc = "51077d14", area = L3Messages.AREA)
public record IpTableDump() implements VppDump<IpTableDetails> {
}
