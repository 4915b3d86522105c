package io.vswitch.vpp.api.message.core;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppReply;
import java.util.List;

/**
 * The handshake reply (message id 16). Unlike other replies, its header holds {@code client_index} before
 * {@code context}. Its return value is called {@code response}: {@link #retval()} returns it.
 *
 * @param response 0 on success, negative on error
 * @param index the client handle to put in {@code client_index} of every request
 * @param count the number of entries of {@code messageTable}
 * @param messageTable the ids VPP gives to each {@code name_crc} in this run
 */
@VppMessage(name = "sockclnt_create_reply", crc = "35166268", area = CoreMessages.AREA,
    header = { "client_index", "context" })
public record SockclntCreateReply(
        @VppField("i32") int response,
        @VppField("u32") int index,
        @VppField("u16") int count,
        @VppField(value = "vl_api_message_table_entry_t", length = 0, lengthFrom = "count")
        List<MessageTableEntry> messageTable) implements VppReply {

    @Override
    public int retval() {
        return response;
    }
}
