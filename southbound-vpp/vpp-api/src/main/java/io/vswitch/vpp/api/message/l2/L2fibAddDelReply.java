package io.vswitch.vpp.api.message.l2;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppReply;

/**
 * The {@code l2fib_add_del_reply} message (l2.api):
 * the answer to {@link L2fibAddDel}.
 */
@VppMessage(name = "l2fib_add_del_reply", crc = "e8d4e804", area = L2Messages.AREA)
public record L2fibAddDelReply(
        @VppField("i32") int retval) implements VppReply {
}
