package io.vswitch.vpp.api.message.interfaces;

import io.vswitch.vpp.api.definition.VppDump;
import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;

/**
 * The {@code sw_interface_rx_placement_dump} message (interface.api): the rx queues of one interface, or of all
 * ({@code ~0}); sub-interfaces have none.
 * Dumps {@link SwInterfaceRxPlacementDetails}s.
 */
@VppMessage(name = "sw_interface_rx_placement_dump", crc = "f9e6675e", area = InterfacesMessages.AREA)
public record SwInterfaceRxPlacementDump(
        @VppField("vl_api_interface_index_t") int swIfIndex) implements VppDump<SwInterfaceRxPlacementDetails> {
}
