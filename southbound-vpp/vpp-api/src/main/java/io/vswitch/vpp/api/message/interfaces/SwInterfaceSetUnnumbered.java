package io.vswitch.vpp.api.message.interfaces;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppRequest;

/**
 * The {@code sw_interface_set_unnumbered} message (interface.api).
 * Answered by {@link SwInterfaceSetUnnumberedReply}.
 */
@VppMessage(name = "sw_interface_set_unnumbered", crc = "154a6439", area = InterfacesMessages.AREA)
public record SwInterfaceSetUnnumbered(
        @VppField("vl_api_interface_index_t") int swIfIndex,
        @VppField("vl_api_interface_index_t") int unnumberedSwIfIndex,
        @VppField("bool") boolean isAdd) implements VppRequest<SwInterfaceSetUnnumberedReply> {
}
