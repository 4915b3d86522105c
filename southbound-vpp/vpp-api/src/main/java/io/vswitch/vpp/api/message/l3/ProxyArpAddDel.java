package io.vswitch.vpp.api.message.l3;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppRequest;

/**
 * The {@code proxy_arp_add_del} message (arp.api).
 * Answered by {@link ProxyArpAddDelReply}.
 */
@VppMessage(name = "proxy_arp_add_del", crc = "1823c3e7", area = L3Messages.AREA)
public record ProxyArpAddDel(
        @VppField("bool") boolean isAdd,
        @VppField("vl_api_proxy_arp_t") ProxyArp proxy) implements VppRequest<ProxyArpAddDelReply> {
}
