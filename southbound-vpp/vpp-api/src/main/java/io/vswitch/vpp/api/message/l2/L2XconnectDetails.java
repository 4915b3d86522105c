package io.vswitch.vpp.api.message.l2;

import io.vswitch.vpp.api.definition.VppDetails;
import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;

/**
 * The {@code l2_xconnect_details} message (l2.api).
 * One answer of {@link L2XconnectDump}.
 */
@VppMessage(name = "l2_xconnect_details", crc = "472b6b67", area = L2Messages.AREA)
public record L2XconnectDetails(
        @VppField("vl_api_interface_index_t") int rxSwIfIndex,
        @VppField("vl_api_interface_index_t") int txSwIfIndex) implements VppDetails {
}
