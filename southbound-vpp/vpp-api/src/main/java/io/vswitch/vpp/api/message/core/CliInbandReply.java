package io.vswitch.vpp.api.message.core;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppReply;

/**
 * The output of a CLI command.
 *
 * @param retval 0 on success
 * @param reply the command's output
 */
@VppMessage(name = "cli_inband_reply", crc = "05879051", area = CoreMessages.AREA)
public record CliInbandReply(
        @VppField("i32") int retval,
        @VppField(value = "string", length = 0) String reply) implements VppReply {
}
