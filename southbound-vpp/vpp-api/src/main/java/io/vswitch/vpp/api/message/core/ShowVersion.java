package io.vswitch.vpp.api.message.core;

import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppRequest;

/**
 * Asks VPP's version.
 */
@VppMessage(name = "show_version", crc = "51077d14", area = CoreMessages.AREA)
public record ShowVersion() implements VppRequest<ShowVersionReply> {
}
