package io.vswitch.vpp.api.message.afpacket;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppRequest;

/**
 * The {@code af_packet_create_v3} message (af_packet.api).
 * Answered by {@link AfPacketCreateV3Reply}.
 */
@VppMessage(name = "af_packet_create_v3", crc = "b3a809d4", area = AfPacketMessages.AREA)
public record AfPacketCreateV3(
        @VppField("vl_api_af_packet_mode_t") int mode,
        @VppField("vl_api_mac_address_t") byte[] hwAddr,
        @VppField("bool") boolean useRandomHwAddr,
        @VppField(value = "string", length = 64) String hostIfName,
        @VppField("u32") int rxFrameSize,
        @VppField("u32") int txFrameSize,
        @VppField("u32") int rxFramesPerBlock,
        @VppField("u32") int txFramesPerBlock,
        @VppField("vl_api_af_packet_flags_t") int flags,
        @VppField("u16") int numRxQueues,
        @VppField("u16") int numTxQueues) implements VppRequest<AfPacketCreateV3Reply> {
}
