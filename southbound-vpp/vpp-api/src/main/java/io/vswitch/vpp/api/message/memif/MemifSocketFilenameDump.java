package io.vswitch.vpp.api.message.memif;

import io.vswitch.vpp.api.definition.VppDump;
import io.vswitch.vpp.api.definition.VppMessage;

/**
 * The {@code memif_socket_filename_dump} message (memif.api).
 * Dumps {@link MemifSocketFilenameDetails}s.
 */
@VppMessage(name = "memif_socket_filename_dump", crc = "51077d14", area = MemifMessages.AREA)
public record MemifSocketFilenameDump() implements VppDump<MemifSocketFilenameDetails> {
}
