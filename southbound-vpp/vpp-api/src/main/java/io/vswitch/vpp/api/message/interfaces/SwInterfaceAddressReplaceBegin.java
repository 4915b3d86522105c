package io.vswitch.vpp.api.message.interfaces;

import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppRequest;

/**
 * The {@code sw_interface_address_replace_begin} message (interface.api).
 * Answered by {@link SwInterfaceAddressReplaceBeginReply}.
 */
@VppMessage(name = "sw_interface_address_replace_begin", crc = "51077d14", area = InterfacesMessages.AREA)
public record SwInterfaceAddressReplaceBegin() implements VppRequest<SwInterfaceAddressReplaceBeginReply> {
}
