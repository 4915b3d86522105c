package io.vswitch.vpp.api.message.interfaces;

import io.vswitch.vpp.api.definition.VppDump;
import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;

/**
 * The {@code sw_interface_dump} message (interface.api).
 * Dumps {@link SwInterfaceDetails}s.
 */
@VppMessage(name = "sw_interface_dump", crc = "aa610c27", area = InterfacesMessages.AREA)
public record SwInterfaceDump(
        @VppField("vl_api_interface_index_t") int swIfIndex,
        @VppField("bool") boolean nameFilterValid,
        @VppField(value = "string", length = 0) String nameFilter) implements VppDump<SwInterfaceDetails> {
}
