package io.vswitch.vpp.api.message.l2;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppRequest;

/**
 * The {@code bd_ip_mac_add_del} message (l2.api).
 * Answered by {@link BdIpMacAddDelReply}.
 */
@VppMessage(name = "bd_ip_mac_add_del", crc = "0257c869", area = L2Messages.AREA)
public record BdIpMacAddDel(
        @VppField("bool") boolean isAdd,
        @VppField("vl_api_bd_ip_mac_t") BdIpMac entry) implements VppRequest<BdIpMacAddDelReply> {
}
