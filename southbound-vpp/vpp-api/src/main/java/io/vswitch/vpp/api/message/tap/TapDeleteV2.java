package io.vswitch.vpp.api.message.tap;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppRequest;

/**
 * The {@code tap_delete_v2} message (tapv2.api).
 * Answered by {@link TapDeleteV2Reply}.
 */
@VppMessage(name = "tap_delete_v2", crc = "f9e6675e", area = TapMessages.AREA)
public record TapDeleteV2(
        @VppField("vl_api_interface_index_t") int swIfIndex) implements VppRequest<TapDeleteV2Reply> {
}
