package io.vswitch.vpp.api.message.l3;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppRequest;

/**
 * The {@code proxy_arp_intfc_enable_disable} message (arp.api).
 * Answered by {@link ProxyArpIntfcEnableDisableReply}.
 */
@VppMessage(name = "proxy_arp_intfc_enable_disable", crc = "ae6cfcfb", area = L3Messages.AREA)
public record ProxyArpIntfcEnableDisable(
        @VppField("vl_api_interface_index_t") int swIfIndex,
        @VppField("bool") boolean enable) implements VppRequest<ProxyArpIntfcEnableDisableReply> {
}
