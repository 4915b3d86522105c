package io.vswitch.vpp.api.message.memif;

import io.vswitch.vpp.api.definition.VppDetails;
import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;

/**
 * The {@code memif_socket_filename_details} message (memif.api).
 * One answer of {@link MemifSocketFilenameDump}.
 */
@VppMessage(name = "memif_socket_filename_details", crc = "7ff326f7", area = MemifMessages.AREA)
public record MemifSocketFilenameDetails(
        @VppField("u32") int socketId,
        @VppField(value = "string", length = 108) String socketFilename) implements VppDetails {
}
