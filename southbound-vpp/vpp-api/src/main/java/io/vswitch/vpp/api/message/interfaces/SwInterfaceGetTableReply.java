package io.vswitch.vpp.api.message.interfaces;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppReply;

/**
 * The {@code sw_interface_get_table_reply} message (interface.api):
 * the answer to {@link SwInterfaceGetTable}.
 */
@VppMessage(name = "sw_interface_get_table_reply", crc = "a6eb0109", area = InterfacesMessages.AREA)
public record SwInterfaceGetTableReply(
        @VppField("i32") int retval,
        @VppField("u32") int vrfId) implements VppReply {
}
