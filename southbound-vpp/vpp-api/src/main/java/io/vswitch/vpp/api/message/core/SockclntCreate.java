package io.vswitch.vpp.api.message.core;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppRequest;

/**
 * Opens a socket client session; always has message id 15. Its header has no {@code client_index}: the client
 * has none yet.
 *
 * @param name the client's name, at most 63 bytes
 */
@VppMessage(name = "sockclnt_create", crc = "455fb9c4", area = CoreMessages.AREA, header = "context")
public record SockclntCreate(@VppField(value = "string", length = 64) String name)
        implements VppRequest<SockclntCreateReply> {
}
