package io.vswitch.vpp.api.message.interfaces;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppRequest;

/**
 * The {@code delete_loopback} message (interface.api).
 * Answered by {@link DeleteLoopbackReply}.
 */
@VppMessage(name = "delete_loopback", crc = "f9e6675e", area = InterfacesMessages.AREA)
public record DeleteLoopback(
        @VppField("vl_api_interface_index_t") int swIfIndex) implements VppRequest<DeleteLoopbackReply> {
}
