package io.vswitch.vpp.api.message.interfaces;

import io.vswitch.vpp.api.definition.VppDetails;
import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;

/**
 * The {@code sw_interface_rx_placement_details} message (interface.api): one rx queue, its worker and its mode
 * ({@code vl_api_rx_mode_t}: polling 1, interrupt 2, adaptive 3). Unlike other details, VPP defines it with a
 * {@code client_index} before the context.
 * One answer of {@link SwInterfaceRxPlacementDump}.
 */
@VppMessage(name = "sw_interface_rx_placement_details", crc = "9e44a7ce", area = InterfacesMessages.AREA,
    header = { "client_index", "context" })
public record SwInterfaceRxPlacementDetails(
        @VppField("vl_api_interface_index_t") int swIfIndex,
        @VppField("u32") int queueId,
        @VppField("u32") int workerId,
        @VppField("vl_api_rx_mode_t") int mode) implements VppDetails {
}
