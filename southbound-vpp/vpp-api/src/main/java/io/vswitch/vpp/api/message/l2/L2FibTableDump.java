package io.vswitch.vpp.api.message.l2;

import io.vswitch.vpp.api.definition.VppDump;
import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;

/**
 * The {@code l2_fib_table_dump} message (l2.api).
 * Dumps {@link L2FibTableDetails}s.
 */
@VppMessage(name = "l2_fib_table_dump", crc = "c25fdce6", area = L2Messages.AREA)
public record L2FibTableDump(
        @VppField("u32") int bdId) implements VppDump<L2FibTableDetails> {
}
