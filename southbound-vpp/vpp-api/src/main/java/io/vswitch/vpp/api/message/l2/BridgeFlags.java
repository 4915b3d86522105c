package io.vswitch.vpp.api.message.l2;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppRequest;

/**
 * The {@code bridge_flags} message (l2.api).
 * Answered by {@link BridgeFlagsReply}.
 */
@VppMessage(name = "bridge_flags", crc = "1b0c5fbd", area = L2Messages.AREA)
public record BridgeFlags(
        @VppField("u32") int bdId,
        @VppField("bool") boolean isSet,
        @VppField("vl_api_bd_flags_t") int flags) implements VppRequest<BridgeFlagsReply> {
}
