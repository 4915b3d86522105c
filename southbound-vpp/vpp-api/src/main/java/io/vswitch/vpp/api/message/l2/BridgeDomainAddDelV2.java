package io.vswitch.vpp.api.message.l2;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppRequest;

/**
 * The {@code bridge_domain_add_del_v2} message (l2.api).
 * Answered by {@link BridgeDomainAddDelV2Reply}.
 */
@VppMessage(name = "bridge_domain_add_del_v2", crc = "600b7170", area = L2Messages.AREA)
public record BridgeDomainAddDelV2(
        @VppField("u32") int bdId,
        @VppField("bool") boolean flood,
        @VppField("bool") boolean uuFlood,
        @VppField("bool") boolean forward,
        @VppField("bool") boolean learn,
        @VppField("bool") boolean arpTerm,
        @VppField("bool") boolean arpUfwd,
        @VppField("u8") int macAge,
        @VppField(value = "string", length = 64) String bdTag,
        @VppField("bool") boolean isAdd) implements VppRequest<BridgeDomainAddDelV2Reply> {
}
