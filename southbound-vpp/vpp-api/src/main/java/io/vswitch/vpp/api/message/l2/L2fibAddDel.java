package io.vswitch.vpp.api.message.l2;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppRequest;

/**
 * The {@code l2fib_add_del} message (l2.api).
 * Answered by {@link L2fibAddDelReply}.
 */
@VppMessage(name = "l2fib_add_del", crc = "eddda487", area = L2Messages.AREA)
public record L2fibAddDel(
        @VppField("vl_api_mac_address_t") byte[] mac,
        @VppField("u32") int bdId,
        @VppField("vl_api_interface_index_t") int swIfIndex,
        @VppField("bool") boolean isAdd,
        @VppField("bool") boolean staticMac,
        @VppField("bool") boolean filterMac,
        @VppField("bool") boolean bviMac) implements VppRequest<L2fibAddDelReply> {
}
