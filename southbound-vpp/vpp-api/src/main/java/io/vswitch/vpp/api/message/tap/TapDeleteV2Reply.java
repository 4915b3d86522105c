package io.vswitch.vpp.api.message.tap;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppReply;

/**
 * The {@code tap_delete_v2_reply} message (tapv2.api):
 * the answer to {@link TapDeleteV2}.
 */
@VppMessage(name = "tap_delete_v2_reply", crc = "e8d4e804", area = TapMessages.AREA)
public record TapDeleteV2Reply(
        @VppField("i32") int retval) implements VppReply {
}
