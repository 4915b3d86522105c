package io.vswitch.vpp.api.message.interfaces;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppReply;

/**
 * The {@code delete_subif_reply} message (interface.api):
 * the answer to {@link DeleteSubif}.
 */
@VppMessage(name = "delete_subif_reply", crc = "e8d4e804", area = InterfacesMessages.AREA)
public record DeleteSubifReply(
        @VppField("i32") int retval) implements VppReply {
}
