package io.vswitch.vpp.api.message.interfaces;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppRequest;

/**
 * The {@code sw_interface_set_mac_address} message (interface.api).
 * Answered by {@link SwInterfaceSetMacAddressReply}.
 */
@VppMessage(name = "sw_interface_set_mac_address", crc = "c536e7eb", area = InterfacesMessages.AREA)
public record SwInterfaceSetMacAddress(
        @VppField("vl_api_interface_index_t") int swIfIndex,
        @VppField("vl_api_mac_address_t") byte[] macAddress) implements VppRequest<SwInterfaceSetMacAddressReply> {
}
