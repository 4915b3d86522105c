package io.vswitch.vpp.api.message.memif;

import io.vswitch.vpp.api.definition.VppDetails;
import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;

/**
 * The {@code memif_details} message (memif.api).
 * One answer of {@link MemifDump}.
 */
@VppMessage(name = "memif_details", crc = "da34feb9", area = MemifMessages.AREA)
public record MemifDetails(
        @VppField("vl_api_interface_index_t") int swIfIndex,
        @VppField("vl_api_mac_address_t") byte[] hwAddr,
        @VppField("u32") int id,
        @VppField("vl_api_memif_role_t") int role,
        @VppField("vl_api_memif_mode_t") int mode,
        @VppField("bool") boolean zeroCopy,
        @VppField("u32") int socketId,
        @VppField("u32") int ringSize,
        @VppField("u16") int bufferSize,
        @VppField("vl_api_if_status_flags_t") int flags,
        @VppField(value = "string", length = 64) String ifName) implements VppDetails {
}
