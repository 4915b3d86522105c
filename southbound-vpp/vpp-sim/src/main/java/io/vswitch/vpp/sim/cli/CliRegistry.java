package io.vswitch.vpp.sim.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The command tree. Paths are words ({@code show interface}); input words match a path word exactly or as a
 * unique prefix ({@code sh int}). A command receives the rest of the line; input that matches no command gives
 * VPP's {@code unknown input `...'} error, prefixed with the deepest matched path.
 */
public final class CliRegistry {
    /** The command of a node that only has sub-commands. */
    private static final CliCommand NONE = arguments -> {
        throw CliError.unknownInput(arguments);
    };

    private final Node root = new Node("");

    private static final class Node {
        private final String path;
        private final Map<String, Node> children = new TreeMap<>();
        private CliCommand command = NONE;

        Node(final String path) {
            this.path = path;
        }
    }

    /**
     * An empty registry.
     */
    public CliRegistry() {
        // no commands yet
    }

    /**
     * Adds a command; a later registration of the same path replaces the earlier.
     *
     * @param path the words of the command, separated by spaces
     * @param command the command
     */
    public void register(final String path, final CliCommand command) {
        Node node = root;
        for (String word : path.trim().split("\\s+")) {
            final String parentPath = node.path;
            node = node.children.computeIfAbsent(word,
                key -> new Node(parentPath.isEmpty() ? key : parentPath + " " + key));
        }
        node.command = command;
    }

    /**
     * Runs one input line.
     *
     * @param line the command line
     * @return the output and VPP's return value
     */
    public CliResult run(final String line) {
        final String input = line.strip();
        if (input.isEmpty()) {
            return new CliResult("", 0);
        }
        Node node = root;
        String rest = input;
        while (!rest.isEmpty()) {
            final int space = rest.indexOf(' ');
            final String word = space < 0 ? rest : rest.substring(0, space);
            final Node next = match(node, word);
            if (next == null) {
                break;
            }
            node = next;
            rest = space < 0 ? "" : rest.substring(space + 1).strip();
        }
        try {
            return new CliResult(node.command.run(rest), 0);
        } catch (CliError e) {
            return error(node, e);
        }
    }

    private static CliResult error(final Node node, final CliError error) {
        final String prefix = node.path.isEmpty() ? "" : node.path + ": ";
        return new CliResult(prefix + error.getMessage() + "\n", -1);
    }

    private static @Nullable Node match(final Node node, final String word) {
        final Node exact = node.children.get(word);
        if (exact != null) {
            return exact;
        }
        final List<Node> candidates = new ArrayList<>();
        node.children.forEach((name, child) -> {
            if (name.startsWith(word)) {
                candidates.add(child);
            }
        });
        return candidates.size() == 1 ? candidates.get(0) : null;
    }
}
