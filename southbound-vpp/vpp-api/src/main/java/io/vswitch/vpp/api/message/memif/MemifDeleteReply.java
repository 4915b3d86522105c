package io.vswitch.vpp.api.message.memif;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppReply;

/**
 * The {@code memif_delete_reply} message (memif.api):
 * the answer to {@link MemifDelete}.
 */
@VppMessage(name = "memif_delete_reply", crc = "e8d4e804", area = MemifMessages.AREA)
public record MemifDeleteReply(
        @VppField("i32") int retval) implements VppReply {
}
