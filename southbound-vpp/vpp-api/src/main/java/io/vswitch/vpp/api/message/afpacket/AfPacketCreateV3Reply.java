package io.vswitch.vpp.api.message.afpacket;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppReply;

/**
 * The {@code af_packet_create_v3_reply} message (af_packet.api):
 * the answer to {@link AfPacketCreateV3}.
 */
@VppMessage(name = "af_packet_create_v3_reply", crc = "5383d31f", area = AfPacketMessages.AREA)
public record AfPacketCreateV3Reply(
        @VppField("i32") int retval,
        @VppField("vl_api_interface_index_t") int swIfIndex) implements VppReply {
}
