package io.vswitch.vpp.api.message.l2;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppRequest;

/**
 * The {@code sw_interface_set_l2_bridge} message (l2.api).
 * Answered by {@link SwInterfaceSetL2BridgeReply}.
 */
@VppMessage(name = "sw_interface_set_l2_bridge", crc = "d0678b13", area = L2Messages.AREA)
public record SwInterfaceSetL2Bridge(
        @VppField("vl_api_interface_index_t") int rxSwIfIndex,
        @VppField("u32") int bdId,
        @VppField("vl_api_l2_port_type_t") int portType,
        @VppField("u8") int shg,
        @VppField("bool") boolean enable) implements VppRequest<SwInterfaceSetL2BridgeReply> {
}
