package io.vswitch.interfaces.item;

/**
 * Derived: the interface is bound to a non-zero table of one family (table 0 needs no item).
 *
 * @param ipv6 which family
 * @param vrf the table id
 */
public record VrfBinding(boolean ipv6, int vrf) {
}
