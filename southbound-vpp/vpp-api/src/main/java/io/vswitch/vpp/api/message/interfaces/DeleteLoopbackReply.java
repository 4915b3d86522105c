package io.vswitch.vpp.api.message.interfaces;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppReply;

/**
 * The {@code delete_loopback_reply} message (interface.api):
 * the answer to {@link DeleteLoopback}.
 */
@VppMessage(name = "delete_loopback_reply", crc = "e8d4e804", area = InterfacesMessages.AREA)
public record DeleteLoopbackReply(
        @VppField("i32") int retval) implements VppReply {
}
