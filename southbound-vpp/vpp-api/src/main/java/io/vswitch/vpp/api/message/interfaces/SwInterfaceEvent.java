package io.vswitch.vpp.api.message.interfaces;

import io.vswitch.vpp.api.definition.VppEvent;
import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;

/**
 * The {@code sw_interface_event} message (interface.api).
 * Pushed by VPP after {@link WantInterfaceEvents}.
 */
@VppMessage(name = "sw_interface_event", crc = "2d3d95a7", area = InterfacesMessages.AREA)
public record SwInterfaceEvent(
        @VppField("u32") int pid,
        @VppField("vl_api_interface_index_t") int swIfIndex,
        @VppField("vl_api_if_status_flags_t") int flags,
        @VppField("bool") boolean deleted) implements VppEvent {
}
