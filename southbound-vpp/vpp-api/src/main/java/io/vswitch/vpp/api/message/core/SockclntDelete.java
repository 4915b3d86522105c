package io.vswitch.vpp.api.message.core;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppRequest;

/**
 * Closes the socket client session.
 *
 * @param index the client handle from {@link SockclntCreateReply#index()}
 */
@VppMessage(name = "sockclnt_delete", crc = "8ac76db6", area = CoreMessages.AREA)
public record SockclntDelete(@VppField("u32") int index) implements VppRequest<SockclntDeleteReply> {
}
