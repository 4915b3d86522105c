package io.vswitch.vpp.api.message.interfaces;

import io.vswitch.vpp.api.definition.VppDump;
import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;

/**
 * The {@code ip_address_dump} message (ip.api).
 * Dumps {@link IpAddressDetails}s.
 */
@VppMessage(name = "ip_address_dump", crc = "2d033de4", area = InterfacesMessages.AREA)
public record IpAddressDump(
        @VppField("vl_api_interface_index_t") int swIfIndex,
        @VppField("bool") boolean isIpv6) implements VppDump<IpAddressDetails> {
}
