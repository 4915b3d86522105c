package io.vswitch.vpp.api.message.memif;

import io.vswitch.vpp.api.definition.VppDump;
import io.vswitch.vpp.api.definition.VppMessage;

/**
 * The {@code memif_dump} message (memif.api).
 * Dumps {@link MemifDetails}s.
 */
@VppMessage(name = "memif_dump", crc = "51077d14", area = MemifMessages.AREA)
public record MemifDump() implements VppDump<MemifDetails> {
}
