package io.vswitch.vpp.api.message.l2;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppReply;

/**
 * The {@code bridge_flags_reply} message (l2.api):
 * the answer to {@link BridgeFlags}.
 */
@VppMessage(name = "bridge_flags_reply", crc = "29b2a2b3", area = L2Messages.AREA)
public record BridgeFlagsReply(
        @VppField("i32") int retval,
        @VppField("u32") int resultingFeatureBitmap) implements VppReply {
}
