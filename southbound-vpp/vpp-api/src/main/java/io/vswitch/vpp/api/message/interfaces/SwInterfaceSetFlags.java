package io.vswitch.vpp.api.message.interfaces;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppRequest;

/**
 * The {@code sw_interface_set_flags} message (interface.api).
 * Answered by {@link SwInterfaceSetFlagsReply}.
 */
@VppMessage(name = "sw_interface_set_flags", crc = "f5aec1b8", area = InterfacesMessages.AREA)
public record SwInterfaceSetFlags(
        @VppField("vl_api_interface_index_t") int swIfIndex,
        @VppField("vl_api_if_status_flags_t") int flags) implements VppRequest<SwInterfaceSetFlagsReply> {
}
