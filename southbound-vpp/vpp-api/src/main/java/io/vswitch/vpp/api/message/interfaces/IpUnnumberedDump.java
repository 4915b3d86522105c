package io.vswitch.vpp.api.message.interfaces;

import io.vswitch.vpp.api.definition.VppDump;
import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;

/**
 * The {@code ip_unnumbered_dump} message (ip.api): the unnumbered settings of one interface, or of all
 * ({@code ~0}).
 * Dumps {@link IpUnnumberedDetails}s.
 */
@VppMessage(name = "ip_unnumbered_dump", crc = "f9e6675e", area = InterfacesMessages.AREA)
public record IpUnnumberedDump(
        @VppField("vl_api_interface_index_t") int swIfIndex) implements VppDump<IpUnnumberedDetails> {
}
