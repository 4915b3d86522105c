package io.vswitch.vpp.api.message.interfaces;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppRequest;

/**
 * The {@code create_loopback} message (interface.api).
 * Answered by {@link CreateLoopbackReply}.
 */
@VppMessage(name = "create_loopback", crc = "42bb5d22", area = InterfacesMessages.AREA)
public record CreateLoopback(
        @VppField("vl_api_mac_address_t") byte[] macAddress) implements VppRequest<CreateLoopbackReply> {
}
