package io.vswitch.vpp.api.message.l3;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppRequest;

/**
 * The {@code ip_table_add_del} message (ip.api).
 * Answered by {@link IpTableAddDelReply}.
 */
@VppMessage(name = "ip_table_add_del", crc = "0ffdaec0", area = L3Messages.AREA)
public record IpTableAddDel(
        @VppField("bool") boolean isAdd,
        @VppField("vl_api_ip_table_t") IpTable table) implements VppRequest<IpTableAddDelReply> {
}
