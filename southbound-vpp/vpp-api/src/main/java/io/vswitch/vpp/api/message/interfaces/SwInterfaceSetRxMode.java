package io.vswitch.vpp.api.message.interfaces;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppRequest;

/**
 * The {@code sw_interface_set_rx_mode} message (interface.api).
 * Answered by {@link SwInterfaceSetRxModeReply}.
 */
@VppMessage(name = "sw_interface_set_rx_mode", crc = "b04d1cfe", area = InterfacesMessages.AREA)
public record SwInterfaceSetRxMode(
        @VppField("vl_api_interface_index_t") int swIfIndex,
        @VppField("bool") boolean queueIdValid,
        @VppField("u32") int queueId,
        @VppField("vl_api_rx_mode_t") int mode) implements VppRequest<SwInterfaceSetRxModeReply> {
}
