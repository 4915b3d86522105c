package io.vswitch.vpp.api.message.interfaces;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppRequest;

/**
 * The {@code sw_interface_tag_add_del} message (interface.api).
 * Answered by {@link SwInterfaceTagAddDelReply}.
 */
@VppMessage(name = "sw_interface_tag_add_del", crc = "426f8bc1", area = InterfacesMessages.AREA)
public record SwInterfaceTagAddDel(
        @VppField("bool") boolean isAdd,
        @VppField("vl_api_interface_index_t") int swIfIndex,
        @VppField(value = "string", length = 64) String tag) implements VppRequest<SwInterfaceTagAddDelReply> {
}
