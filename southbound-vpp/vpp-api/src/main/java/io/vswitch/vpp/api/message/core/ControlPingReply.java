package io.vswitch.vpp.api.message.core;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppReply;

/**
 * The answer to {@link ControlPing}.
 *
 * @param retval 0
 * @param clientIndex the client's index
 * @param vpePid VPP's process id
 */
@VppMessage(name = "control_ping_reply", crc = "f6b0b8ca", area = CoreMessages.AREA)
public record ControlPingReply(
        @VppField("i32") int retval,
        @VppField("u32") int clientIndex,
        @VppField("u32") int vpePid) implements VppReply {
}
