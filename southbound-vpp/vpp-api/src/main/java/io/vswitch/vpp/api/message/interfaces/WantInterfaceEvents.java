package io.vswitch.vpp.api.message.interfaces;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppRequest;

/**
 * The {@code want_interface_events} message (interface.api).
 * Answered by {@link WantInterfaceEventsReply}.
 */
@VppMessage(name = "want_interface_events", crc = "476f5a08", area = InterfacesMessages.AREA)
public record WantInterfaceEvents(
        @VppField("u32") int enableDisable,
        @VppField("u32") int pid) implements VppRequest<WantInterfaceEventsReply> {
}
