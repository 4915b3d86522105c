package io.vswitch.vpp.api.message.l2;

import io.vswitch.vpp.api.definition.VppDump;
import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;

/**
 * The {@code bridge_domain_dump} message (l2.api).
 * Dumps {@link BridgeDomainDetails}s.
 */
@VppMessage(name = "bridge_domain_dump", crc = "74396a43", area = L2Messages.AREA)
public record BridgeDomainDump(
        @VppField("u32") int bdId,
        @VppField("vl_api_interface_index_t") int swIfIndex) implements VppDump<BridgeDomainDetails> {
}
