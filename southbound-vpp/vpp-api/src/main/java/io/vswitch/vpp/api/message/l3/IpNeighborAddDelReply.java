package io.vswitch.vpp.api.message.l3;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppReply;

/**
 * The {@code ip_neighbor_add_del_reply} message (ip_neighbor.api):
 * the answer to {@link IpNeighborAddDel}.
 */
@VppMessage(name = "ip_neighbor_add_del_reply", crc = "1992deab", area = L3Messages.AREA)
public record IpNeighborAddDelReply(
        @VppField("i32") int retval,
        @VppField("u32") int statsIndex) implements VppReply {
}
