package io.vswitch.vpp.api.message.interfaces;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppReply;

/**
 * The {@code want_interface_events_reply} message (interface.api):
 * the answer to {@link WantInterfaceEvents}.
 */
@VppMessage(name = "want_interface_events_reply", crc = "e8d4e804", area = InterfacesMessages.AREA)
public record WantInterfaceEventsReply(
        @VppField("i32") int retval) implements VppReply {
}
