package io.vswitch.vpp.api.message.interfaces;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppReply;

/**
 * The {@code sw_interface_set_mtu_reply} message (interface.api):
 * the answer to {@link SwInterfaceSetMtu}.
 */
@VppMessage(name = "sw_interface_set_mtu_reply", crc = "e8d4e804", area = InterfacesMessages.AREA)
public record SwInterfaceSetMtuReply(
        @VppField("i32") int retval) implements VppReply {
}
