package io.vswitch.renderer.spi;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The identity of one item: a path whose first segment is the node's name, e.g. {@code vpp1/interfaces/loop0}
 * or {@code vpp1/interfaces/loop0/address/10.0.0.1/24}. Segments are separated by {@code /}; none is empty.
 *
 * @param path the whole path, node name first
 */
public record ItemKey(String path) implements Comparable<ItemKey> {
    private static final char SEPARATOR = '/';

    /**
     * Checks the path.
     *
     * @param path the whole path
     */
    public ItemKey {
        requireNonNull(path, "path");
        if (path.isEmpty() || path.charAt(0) == SEPARATOR || path.charAt(path.length() - 1) == SEPARATOR
                || path.contains("//")) {
            throw new IllegalArgumentException("not an item path (empty segment): '" + path + "'");
        }
    }

    /**
     * A key from its segments.
     *
     * @param node the node name
     * @param segments the following segments, each of which may itself contain {@code /}
     * @return the key
     */
    public static ItemKey of(final String node, final String... segments) {
        final var sb = new StringBuilder(node);
        for (var segment : segments) {
            sb.append(SEPARATOR).append(segment);
        }
        return new ItemKey(sb.toString());
    }

    /**
     * The name of the node this item belongs to.
     *
     * @return the first segment
     */
    public String node() {
        final int slash = path.indexOf(SEPARATOR);
        return slash < 0 ? path : path.substring(0, slash);
    }

    /**
     * The path without the node name.
     *
     * @return e.g. {@code interfaces/loop0}, or the empty string for a key that is only a node name
     */
    public String relativePath() {
        final int slash = path.indexOf(SEPARATOR);
        return slash < 0 ? "" : path.substring(slash + 1);
    }

    /**
     * A key below this one.
     *
     * @param segments the segments to append
     * @return the child key
     */
    public ItemKey child(final String... segments) {
        return of(path, segments);
    }

    /**
     * Whether this key is {@code prefix} or lies below it; only whole segments count, so {@code vpp1/ab} does
     * not start with {@code vpp1/a}.
     *
     * @param prefix a key, or a path such as {@code vpp1/interfaces}
     * @return true if every segment of the prefix matches
     */
    public boolean startsWith(final String prefix) {
        return path.equals(prefix)
            || path.length() > prefix.length() && path.startsWith(prefix) && path.charAt(prefix.length()) == SEPARATOR;
    }

    /**
     * Whether this key is {@code prefix} or lies below it, segment-wise.
     *
     * @param prefix a key
     * @return true if every segment of the prefix matches
     */
    public boolean startsWith(final ItemKey prefix) {
        return startsWith(prefix.path);
    }

    /**
     * The segments after the node name, split at every {@code /}.
     *
     * @return e.g. {@code [interfaces, loop0]}
     */
    public List<String> relativeSegments() {
        final var rel = relativePath();
        return rel.isEmpty() ? List.of() : List.of(rel.split("/"));
    }

    @Override
    public int compareTo(final ItemKey other) {
        return path.compareTo(other.path);
    }

    // Written out: keys are hashed millions of times per large plan, and the record's generated methods go through
    // a method-handle combinator each time; the path's own hash is cached by String.
    @Override
    public boolean equals(final @Nullable Object obj) {
        return this == obj || obj instanceof ItemKey other && path.equals(other.path);
    }

    @Override
    public int hashCode() {
        return path.hashCode();
    }

    @Override
    public String toString() {
        return path;
    }
}
