package io.vswitch.vpp.api.message.memif;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppReply;

/**
 * The {@code memif_create_v2_reply} message (memif.api):
 * the answer to {@link MemifCreateV2}.
 */
@VppMessage(name = "memif_create_v2_reply", crc = "5383d31f", area = MemifMessages.AREA)
public record MemifCreateV2Reply(
        @VppField("i32") int retval,
        @VppField("vl_api_interface_index_t") int swIfIndex) implements VppReply {
}
