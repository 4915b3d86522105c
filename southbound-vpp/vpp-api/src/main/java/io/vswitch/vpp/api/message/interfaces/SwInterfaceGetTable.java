package io.vswitch.vpp.api.message.interfaces;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppRequest;

/**
 * The {@code sw_interface_get_table} message (interface.api).
 * Answered by {@link SwInterfaceGetTableReply}.
 */
@VppMessage(name = "sw_interface_get_table", crc = "2d033de4", area = InterfacesMessages.AREA)
public record SwInterfaceGetTable(
        @VppField("vl_api_interface_index_t") int swIfIndex,
        @VppField("bool") boolean isIpv6) implements VppRequest<SwInterfaceGetTableReply> {
}
