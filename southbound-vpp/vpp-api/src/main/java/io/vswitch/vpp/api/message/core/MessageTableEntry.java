package io.vswitch.vpp.api.message.core;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppType;

/**
 * One entry of the handshake's message table.
 *
 * @param index the message id VPP uses in this run
 * @param name the message's {@code name_crc}, e.g. {@code control_ping_51077d14}
 */
@VppType("vl_api_message_table_entry_t")
public record MessageTableEntry(
        @VppField("u16") int index,
        @VppField(value = "string", length = 64) String name) {
}
