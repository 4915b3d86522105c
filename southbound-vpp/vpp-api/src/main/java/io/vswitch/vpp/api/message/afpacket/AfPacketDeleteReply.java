package io.vswitch.vpp.api.message.afpacket;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppReply;

/**
 * The {@code af_packet_delete_reply} message (af_packet.api):
 * the answer to {@link AfPacketDelete}.
 */
@VppMessage(name = "af_packet_delete_reply", crc = "e8d4e804", area = AfPacketMessages.AREA)
public record AfPacketDeleteReply(
        @VppField("i32") int retval) implements VppReply {
}
