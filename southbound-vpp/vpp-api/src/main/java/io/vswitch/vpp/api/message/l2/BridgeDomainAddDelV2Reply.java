package io.vswitch.vpp.api.message.l2;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppReply;

/**
 * The {@code bridge_domain_add_del_v2_reply} message (l2.api):
 * the answer to {@link BridgeDomainAddDelV2}.
 */
@VppMessage(name = "bridge_domain_add_del_v2_reply", crc = "fcb1e980", area = L2Messages.AREA)
public record BridgeDomainAddDelV2Reply(
        @VppField("i32") int retval,
        @VppField("u32") int bdId) implements VppReply {
}
