package io.vswitch.vpp.api.message.interfaces;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppRequest;
import io.vswitch.vpp.api.message.types.Prefix;

/**
 * The {@code sw_interface_add_del_address} message (interface.api).
 * Answered by {@link SwInterfaceAddDelAddressReply}.
 */
@VppMessage(name = "sw_interface_add_del_address", crc = "5463d73b", area = InterfacesMessages.AREA)
public record SwInterfaceAddDelAddress(
        @VppField("vl_api_interface_index_t") int swIfIndex,
        @VppField("bool") boolean isAdd,
        @VppField("bool") boolean delAll,
        @VppField("vl_api_address_with_prefix_t") Prefix prefix) implements VppRequest<SwInterfaceAddDelAddressReply> {
}
