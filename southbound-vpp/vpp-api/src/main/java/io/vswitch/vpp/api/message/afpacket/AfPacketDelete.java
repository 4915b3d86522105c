package io.vswitch.vpp.api.message.afpacket;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppRequest;

/**
 * The {@code af_packet_delete} message (af_packet.api).
 * Answered by {@link AfPacketDeleteReply}.
 */
@VppMessage(name = "af_packet_delete", crc = "863fa648", area = AfPacketMessages.AREA)
public record AfPacketDelete(
        @VppField(value = "string", length = 64) String hostIfName) implements VppRequest<AfPacketDeleteReply> {
}
