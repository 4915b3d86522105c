package io.vswitch.vpp.api.message.l3;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppReply;

/**
 * The {@code ip_table_add_del_reply} message (ip.api):
 * the answer to {@link IpTableAddDel}.
 */
@VppMessage(name = "ip_table_add_del_reply", crc = "e8d4e804", area = L3Messages.AREA)
public record IpTableAddDelReply(
        @VppField("i32") int retval) implements VppReply {
}
