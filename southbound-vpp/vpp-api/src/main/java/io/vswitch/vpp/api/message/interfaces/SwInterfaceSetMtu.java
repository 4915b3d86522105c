package io.vswitch.vpp.api.message.interfaces;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppRequest;

/**
 * The {@code sw_interface_set_mtu} message (interface.api).
 * Answered by {@link SwInterfaceSetMtuReply}.
 */
@VppMessage(name = "sw_interface_set_mtu", crc = "5cbe85e5", area = InterfacesMessages.AREA)
public record SwInterfaceSetMtu(
        @VppField("vl_api_interface_index_t") int swIfIndex,
        @VppField(value = "u32", length = 4) int[] mtu) implements VppRequest<SwInterfaceSetMtuReply> {
}
