package io.vswitch.vpp.api.message.afpacket;

import io.vswitch.vpp.api.definition.VppDetails;
import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;

/**
 * The {@code af_packet_details} message (af_packet.api).
 * One answer of {@link AfPacketDump}.
 */
@VppMessage(name = "af_packet_details", crc = "58c7c042", area = AfPacketMessages.AREA)
public record AfPacketDetails(
        @VppField("vl_api_interface_index_t") int swIfIndex,
        @VppField(value = "string", length = 64) String hostIfName) implements VppDetails {
}
