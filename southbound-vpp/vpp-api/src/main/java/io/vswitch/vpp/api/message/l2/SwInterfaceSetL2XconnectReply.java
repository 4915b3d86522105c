package io.vswitch.vpp.api.message.l2;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppReply;

/**
 * The {@code sw_interface_set_l2_xconnect_reply} message (l2.api):
 * the answer to {@link SwInterfaceSetL2Xconnect}.
 */
@VppMessage(name = "sw_interface_set_l2_xconnect_reply", crc = "e8d4e804", area = L2Messages.AREA)
public record SwInterfaceSetL2XconnectReply(
        @VppField("i32") int retval) implements VppReply {
}
