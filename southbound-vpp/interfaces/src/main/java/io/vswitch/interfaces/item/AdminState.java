package io.vswitch.interfaces.item;

/**
 * Derived: the interface is admin up (the item exists only then; without it the interface is admin down).
 *
 * @param up always true for a derived item; kept for readability of logs
 */
public record AdminState(boolean up) {
}
