package io.vswitch.console;

import java.util.function.Predicate;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The arguments of {@code vswitch:routes [node] [vrf]}, with the shortcut of {@code vswitch:history}: a number
 * alone is the VRF of every node ({@code vswitch:routes 5}), unless a node has that name.
 *
 * @param node the node to list, or null for all
 * @param vrf the table to list, or null for all
 */
record RouteArguments(@Nullable String node, @Nullable Long vrf) {
    private static final long MAX_TABLE_ID = 0xFFFF_FFFFL;

    /**
     * Resolves the arguments as typed.
     *
     * @param node the first argument, or null
     * @param vrf the second argument, or null
     * @param isNode whether a node of that name is configured
     * @return the resolved arguments
     * @throws IllegalArgumentException with a message for the user when the VRF is not a table id
     */
    static RouteArguments parse(final @Nullable String node, final @Nullable String vrf,
            final Predicate<String> isNode) {
        if (node != null && vrf == null && !isNode.test(node) && node.matches("[0-9]{1,10}")) {
            return new RouteArguments(null, tableId(node));
        }
        return new RouteArguments(node, vrf == null ? null : tableId(vrf));
    }

    private static long tableId(final String text) {
        try {
            final long id = Long.parseLong(text);
            if (id >= 0 && id <= MAX_TABLE_ID) {
                return id;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("The VRF must be a table id (0 to " + MAX_TABLE_ID + "), not " + text
            + ".");
    }
}
