package io.vswitch.vpp.api.message.l2;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppRequest;

/**
 * The {@code sw_interface_set_l2_xconnect} message (l2.api).
 * Answered by {@link SwInterfaceSetL2XconnectReply}.
 */
@VppMessage(name = "sw_interface_set_l2_xconnect", crc = "4fa28a85", area = L2Messages.AREA)
public record SwInterfaceSetL2Xconnect(
        @VppField("vl_api_interface_index_t") int rxSwIfIndex,
        @VppField("vl_api_interface_index_t") int txSwIfIndex,
        @VppField("bool") boolean enable) implements VppRequest<SwInterfaceSetL2XconnectReply> {
}
