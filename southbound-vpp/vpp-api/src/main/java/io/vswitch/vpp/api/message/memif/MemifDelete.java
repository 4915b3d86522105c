package io.vswitch.vpp.api.message.memif;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppRequest;

/**
 * The {@code memif_delete} message (memif.api).
 * Answered by {@link MemifDeleteReply}.
 */
@VppMessage(name = "memif_delete", crc = "f9e6675e", area = MemifMessages.AREA)
public record MemifDelete(
        @VppField("vl_api_interface_index_t") int swIfIndex) implements VppRequest<MemifDeleteReply> {
}
