package io.vswitch.interfaces.item;

/**
 * Derived: the L3 MTU ({@code sw_interface_set_mtu} {@code mtu[MTU_PROTO_API_L3]}; the per-protocol ones follow
 * it).
 *
 * @param mtu bytes
 */
public record InterfaceMtu(int mtu) {
}
