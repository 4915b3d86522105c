package io.vswitch.vpp.api.message.l3;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppReply;

/**
 * The {@code proxy_arp_add_del_reply} message (arp.api):
 * the answer to {@link ProxyArpAddDel}.
 */
@VppMessage(name = "proxy_arp_add_del_reply", crc = "e8d4e804", area = L3Messages.AREA)
public record ProxyArpAddDelReply(
        @VppField("i32") int retval) implements VppReply {
}
