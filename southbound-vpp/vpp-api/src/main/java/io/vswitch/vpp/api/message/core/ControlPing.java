package io.vswitch.vpp.api.message.core;

import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppRequest;

/**
 * A no-op request; also sent after every dump, its reply closing the details stream.
 */
@VppMessage(name = "control_ping", crc = "51077d14", area = CoreMessages.AREA)
public record ControlPing() implements VppRequest<ControlPingReply> {
}
