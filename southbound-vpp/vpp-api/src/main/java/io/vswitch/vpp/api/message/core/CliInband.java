package io.vswitch.vpp.api.message.core;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppRequest;

/**
 * Runs a debug CLI command.
 *
 * @param cmd the command line, e.g. {@code show interface}
 */
@VppMessage(name = "cli_inband", crc = "f8377302", area = CoreMessages.AREA)
public record CliInband(@VppField(value = "string", length = 0) String cmd) implements VppRequest<CliInbandReply> {
}
