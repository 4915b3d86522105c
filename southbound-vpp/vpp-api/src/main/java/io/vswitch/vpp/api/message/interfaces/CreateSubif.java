package io.vswitch.vpp.api.message.interfaces;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppRequest;

/**
 * The {@code create_subif} message (interface.api).
 * Answered by {@link CreateSubifReply}.
 */
@VppMessage(name = "create_subif", crc = "790ca755", area = InterfacesMessages.AREA)
public record CreateSubif(
        @VppField("vl_api_interface_index_t") int swIfIndex,
        @VppField("u32") int subId,
        @VppField("vl_api_sub_if_flags_t") int subIfFlags,
        @VppField("u16") int outerVlanId,
        @VppField("u16") int innerVlanId) implements VppRequest<CreateSubifReply> {
}
