package io.vswitch.vpp.api.message.interfaces;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppRequest;

/**
 * The {@code sw_interface_set_table} message (interface.api).
 * Answered by {@link SwInterfaceSetTableReply}.
 */
@VppMessage(name = "sw_interface_set_table", crc = "df42a577", area = InterfacesMessages.AREA)
public record SwInterfaceSetTable(
        @VppField("vl_api_interface_index_t") int swIfIndex,
        @VppField("bool") boolean isIpv6,
        @VppField("u32") int vrfId) implements VppRequest<SwInterfaceSetTableReply> {
}
