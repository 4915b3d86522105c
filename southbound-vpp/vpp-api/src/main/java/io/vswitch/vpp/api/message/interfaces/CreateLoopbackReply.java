package io.vswitch.vpp.api.message.interfaces;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppReply;

/**
 * The {@code create_loopback_reply} message (interface.api):
 * the answer to {@link CreateLoopback}.
 */
@VppMessage(name = "create_loopback_reply", crc = "5383d31f", area = InterfacesMessages.AREA)
public record CreateLoopbackReply(
        @VppField("i32") int retval,
        @VppField("vl_api_interface_index_t") int swIfIndex) implements VppReply {
}
