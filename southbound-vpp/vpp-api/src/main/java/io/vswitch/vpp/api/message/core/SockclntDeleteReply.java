package io.vswitch.vpp.api.message.core;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppReply;

/**
 * The answer to {@link SockclntDelete}. VPP sets {@code response} to 1 on success and -1 for an unknown handle;
 * {@link #retval()} maps that to the usual convention: 0 on success, negative on error.
 *
 * @param response 1 on success
 */
@VppMessage(name = "sockclnt_delete_reply", crc = "8f38b1ee", area = CoreMessages.AREA)
public record SockclntDeleteReply(@VppField("i32") int response) implements VppReply {

    @Override
    public int retval() {
        return response == 1 ? 0 : Math.min(response, -1);
    }
}
