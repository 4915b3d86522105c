package io.vswitch.vpp.api.message.interfaces;

import io.vswitch.vpp.api.definition.VppDetails;
import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;

/**
 * The {@code ip_unnumbered_details} message (ip.api): {@code swIfIndex} borrows the addresses of
 * {@code ipSwIfIndex}.
 * One answer of {@link IpUnnumberedDump}.
 */
@VppMessage(name = "ip_unnumbered_details", crc = "cc59bd42", area = InterfacesMessages.AREA)
public record IpUnnumberedDetails(
        @VppField("vl_api_interface_index_t") int swIfIndex,
        @VppField("vl_api_interface_index_t") int ipSwIfIndex) implements VppDetails {
}
