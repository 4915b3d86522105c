package io.vswitch.vpp.api.message.memif;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppReply;

/**
 * The {@code memif_socket_filename_add_del_v2_reply} message (memif.api):
 * the answer to {@link MemifSocketFilenameAddDelV2}.
 */
@VppMessage(name = "memif_socket_filename_add_del_v2_reply", crc = "9f29bdb9", area = MemifMessages.AREA)
public record MemifSocketFilenameAddDelV2Reply(
        @VppField("i32") int retval,
        @VppField("u32") int socketId) implements VppReply {
}
