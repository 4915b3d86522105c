package io.vswitch.vpp.api.message.tap;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppReply;

/**
 * The {@code tap_create_v3_reply} message (tapv2.api):
 * the answer to {@link TapCreateV3}.
 */
@VppMessage(name = "tap_create_v3_reply", crc = "5383d31f", area = TapMessages.AREA)
public record TapCreateV3Reply(
        @VppField("i32") int retval,
        @VppField("vl_api_interface_index_t") int swIfIndex) implements VppReply {
}
