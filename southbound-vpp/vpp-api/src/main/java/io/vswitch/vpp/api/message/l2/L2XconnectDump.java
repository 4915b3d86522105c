package io.vswitch.vpp.api.message.l2;

import io.vswitch.vpp.api.definition.VppDump;
import io.vswitch.vpp.api.definition.VppMessage;

/**
 * The {@code l2_xconnect_dump} message (l2.api).
 * Dumps {@link L2XconnectDetails}s.
 */
@VppMessage(name = "l2_xconnect_dump", crc = "51077d14", area = L2Messages.AREA)
public record L2XconnectDump() implements VppDump<L2XconnectDetails> {
}
