package io.vswitch.vpp.api.message.l3;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppRequest;

/**
 * The {@code ip_neighbor_add_del} message (ip_neighbor.api).
 * Answered by {@link IpNeighborAddDelReply}.
 */
@VppMessage(name = "ip_neighbor_add_del", crc = "0607c257", area = L3Messages.AREA)
public record IpNeighborAddDel(
        @VppField("bool") boolean isAdd,
        @VppField("vl_api_ip_neighbor_t") IpNeighbor neighbor) implements VppRequest<IpNeighborAddDelReply> {
}
