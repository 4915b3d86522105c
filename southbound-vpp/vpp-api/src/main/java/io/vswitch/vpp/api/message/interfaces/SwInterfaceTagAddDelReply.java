package io.vswitch.vpp.api.message.interfaces;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppReply;

/**
 * The {@code sw_interface_tag_add_del_reply} message (interface.api):
 * the answer to {@link SwInterfaceTagAddDel}.
 */
@VppMessage(name = "sw_interface_tag_add_del_reply", crc = "e8d4e804", area = InterfacesMessages.AREA)
public record SwInterfaceTagAddDelReply(
        @VppField("i32") int retval) implements VppReply {
}
