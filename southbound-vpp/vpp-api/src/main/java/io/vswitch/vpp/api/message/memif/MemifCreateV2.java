package io.vswitch.vpp.api.message.memif;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppRequest;

/**
 * The {@code memif_create_v2} message (memif.api).
 * Answered by {@link MemifCreateV2Reply}.
 */
@VppMessage(name = "memif_create_v2", crc = "8c7de5f7", area = MemifMessages.AREA)
public record MemifCreateV2(
        @VppField("vl_api_memif_role_t") int role,
        @VppField("vl_api_memif_mode_t") int mode,
        @VppField("u8") int rxQueues,
        @VppField("u8") int txQueues,
        @VppField("u32") int id,
        @VppField("u32") int socketId,
        @VppField("u32") int ringSize,
        @VppField("u16") int bufferSize,
        @VppField("bool") boolean noZeroCopy,
        @VppField("bool") boolean useDma,
        @VppField("vl_api_mac_address_t") byte[] hwAddr,
        @VppField(value = "string", length = 24) String secret) implements VppRequest<MemifCreateV2Reply> {
}
