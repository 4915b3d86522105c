package io.vswitch.vpp.api.message.l2;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppReply;

/**
 * The {@code bd_ip_mac_add_del_reply} message (l2.api):
 * the answer to {@link BdIpMacAddDel}.
 */
@VppMessage(name = "bd_ip_mac_add_del_reply", crc = "e8d4e804", area = L2Messages.AREA)
public record BdIpMacAddDelReply(
        @VppField("i32") int retval) implements VppReply {
}
