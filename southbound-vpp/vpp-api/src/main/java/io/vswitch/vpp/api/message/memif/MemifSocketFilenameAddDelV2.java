package io.vswitch.vpp.api.message.memif;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppRequest;

/**
 * The {@code memif_socket_filename_add_del_v2} message (memif.api).
 * Answered by {@link MemifSocketFilenameAddDelV2Reply}.
 */
@VppMessage(name = "memif_socket_filename_add_del_v2", crc = "34223bdf", area = MemifMessages.AREA)
public record MemifSocketFilenameAddDelV2(
        @VppField("bool") boolean isAdd,
        @VppField("u32") int socketId,
        @VppField(value = "string", length = 0) String socketFilename)
        implements VppRequest<MemifSocketFilenameAddDelV2Reply> {
}
