package io.vswitch.vpp.api.message.interfaces;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppReply;

/**
 * The {@code sw_interface_address_replace_begin_reply} message (interface.api):
 * the answer to {@link SwInterfaceAddressReplaceBegin}.
 */
@VppMessage(name = "sw_interface_address_replace_begin_reply", crc = "e8d4e804", area = InterfacesMessages.AREA)
public record SwInterfaceAddressReplaceBeginReply(
        @VppField("i32") int retval) implements VppReply {
}
