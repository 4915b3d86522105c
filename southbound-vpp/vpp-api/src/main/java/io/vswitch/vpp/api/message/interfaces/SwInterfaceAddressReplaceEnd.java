package io.vswitch.vpp.api.message.interfaces;

import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppRequest;

/**
 * The {@code sw_interface_address_replace_end} message (interface.api).
 * Answered by {@link SwInterfaceAddressReplaceEndReply}.
 */
@VppMessage(name = "sw_interface_address_replace_end", crc = "51077d14", area = InterfacesMessages.AREA)
public record SwInterfaceAddressReplaceEnd() implements VppRequest<SwInterfaceAddressReplaceEndReply> {
}
