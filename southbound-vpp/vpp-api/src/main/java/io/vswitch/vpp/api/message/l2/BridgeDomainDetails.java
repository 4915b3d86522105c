package io.vswitch.vpp.api.message.l2;

import io.vswitch.vpp.api.definition.VppDetails;
import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import java.util.List;

/**
 * The {@code bridge_domain_details} message (l2.api).
 * One answer of {@link BridgeDomainDump}.
 */
@VppMessage(name = "bridge_domain_details", crc = "0fa506fd", area = L2Messages.AREA)
public record BridgeDomainDetails(
        @VppField("u32") int bdId,
        @VppField("bool") boolean flood,
        @VppField("bool") boolean uuFlood,
        @VppField("bool") boolean forward,
        @VppField("bool") boolean learn,
        @VppField("bool") boolean arpTerm,
        @VppField("bool") boolean arpUfwd,
        @VppField("u8") int macAge,
        @VppField(value = "string", length = 64) String bdTag,
        @VppField("vl_api_interface_index_t") int bviSwIfIndex,
        @VppField("vl_api_interface_index_t") int uuFwdSwIfIndex,
        @VppField("u32") int nSwIfs,
        @VppField(value = "vl_api_bridge_domain_sw_if_t", length = 0, lengthFrom = "n_sw_ifs")
        List<BridgeDomainSwIf> swIfDetails) implements VppDetails {
}
