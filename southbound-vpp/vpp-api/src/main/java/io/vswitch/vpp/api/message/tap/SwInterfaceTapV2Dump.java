package io.vswitch.vpp.api.message.tap;

import io.vswitch.vpp.api.definition.VppDump;
import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;

/**
 * The {@code sw_interface_tap_v2_dump} message (tapv2.api).
 * Dumps {@link SwInterfaceTapV2Details}s.
 */
@VppMessage(name = "sw_interface_tap_v2_dump", crc = "f9e6675e", area = TapMessages.AREA)
public record SwInterfaceTapV2Dump(
        @VppField("vl_api_interface_index_t") int swIfIndex) implements VppDump<SwInterfaceTapV2Details> {
}
