package io.vswitch.renderer.api;

import static java.util.Objects.requireNonNull;

import io.vswitch.renderer.spi.ItemKey;

/**
 * One step of a plan, in the order the plan would issue it if calls ran one at a time.
 *
 * @param operation the call to make
 * @param key the item
 * @param descriptor the descriptor's name
 * @param note why, e.g. {@code recreate}, {@code value changed}, {@code dependency recreated}, {@code forget
 *     (not ours)}; empty when obvious
 */
public record PlannedOp(Operation operation, ItemKey key, String descriptor, String note) {
    /**
     * Checks the components.
     *
     * @param operation the call
     * @param key the item
     * @param descriptor the descriptor
     * @param note why
     */
    public PlannedOp {
        requireNonNull(operation, "operation");
        requireNonNull(key, "key");
        requireNonNull(descriptor, "descriptor");
        requireNonNull(note, "note");
    }

    @Override
    public String toString() {
        return operation + " " + key + (note.isEmpty() ? "" : " (" + note + ")");
    }
}
