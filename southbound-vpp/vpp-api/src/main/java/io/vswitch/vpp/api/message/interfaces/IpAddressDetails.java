package io.vswitch.vpp.api.message.interfaces;

import io.vswitch.vpp.api.definition.VppDetails;
import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.message.types.Prefix;

/**
 * The {@code ip_address_details} message (ip.api).
 * One answer of {@link IpAddressDump}.
 */
@VppMessage(name = "ip_address_details", crc = "ee29b797", area = InterfacesMessages.AREA)
public record IpAddressDetails(
        @VppField("vl_api_interface_index_t") int swIfIndex,
        @VppField("vl_api_address_with_prefix_t") Prefix prefix) implements VppDetails {
}
