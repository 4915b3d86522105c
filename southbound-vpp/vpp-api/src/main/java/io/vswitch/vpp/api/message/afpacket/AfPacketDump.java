package io.vswitch.vpp.api.message.afpacket;

import io.vswitch.vpp.api.definition.VppDump;
import io.vswitch.vpp.api.definition.VppMessage;

/**
 * The {@code af_packet_dump} message (af_packet.api).
 * Dumps {@link AfPacketDetails}s.
 */
@VppMessage(name = "af_packet_dump", crc = "51077d14", area = AfPacketMessages.AREA)
public record AfPacketDump() implements VppDump<AfPacketDetails> {
}
