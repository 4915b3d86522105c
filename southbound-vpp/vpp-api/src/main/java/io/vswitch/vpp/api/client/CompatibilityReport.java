package io.vswitch.vpp.api.client;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.eclipse.jdt.annotation.Nullable;

/**
 * How the messages this code defines match the connected VPP's message table. A message with a problem is never
 * sent; an area with at least one problem is unavailable.
 *
 * @param problems every defined message VPP lacks or defines differently, sorted by area and name
 * @param unavailableAreas the feature areas of those messages
 */
public record CompatibilityReport(List<Problem> problems, Set<String> unavailableAreas) {
    /**
     * Copies the values.
     */
    public CompatibilityReport {
        problems = List.copyOf(problems);
        unavailableAreas = Set.copyOf(unavailableAreas);
    }

    /**
     * Builds a report from its problems.
     *
     * @param problems the problems, in any order
     * @return the report, its areas derived from the problems
     */
    public static CompatibilityReport of(final List<Problem> problems) {
        final SortedSet<String> areas = new TreeSet<>();
        problems.forEach(problem -> areas.add(problem.area()));
        return new CompatibilityReport(problems.stream()
            .sorted((left, right) -> left.area().equals(right.area()) ? left.name().compareTo(right.name())
                : left.area().compareTo(right.area()))
            .toList(), areas);
    }

    /**
     * Whether every defined message can be used.
     *
     * @return true when there is no problem
     */
    public boolean isFullyCompatible() {
        return problems.isEmpty();
    }

    /**
     * Whether every message of an area can be used.
     *
     * @param area a feature area, e.g. {@code l3}
     * @return false when one of its messages has a problem
     */
    public boolean isAvailable(final String area) {
        return !unavailableAreas.contains(area);
    }

    /**
     * What is wrong with one message.
     */
    public enum ProblemKind {
        /** VPP knows no message of this name (the plugin is not loaded, or VPP is older or newer). */
        MISSING,
        /** VPP has the message with another CRC: its fields differ from our definition. */
        CRC_MISMATCH
    }

    /**
     * One incompatible message.
     *
     * @param name the message name, e.g. {@code memif_create_v2}
     * @param expectedCrc the CRC of our definition
     * @param actualCrc VPP's CRC for the name, or null when VPP lacks the name
     * @param area the feature area that needs the message
     * @param kind what is wrong
     */
    public record Problem(String name, String expectedCrc, @Nullable String actualCrc, String area,
            ProblemKind kind) implements Serializable {
        /**
         * Checks the values.
         */
        public Problem {
            requireNonNull(name, "name");
            requireNonNull(expectedCrc, "expectedCrc");
            requireNonNull(area, "area");
            requireNonNull(kind, "kind");
        }

        /**
         * A sentence for logs and exceptions.
         *
         * @return the description
         */
        public String describe() {
            return switch (kind) {
                case MISSING -> "VPP lacks message " + name + " (crc " + expectedCrc + ", area " + area + ")";
                case CRC_MISMATCH -> "VPP defines message " + name + " with crc " + actualCrc + ", not "
                    + expectedCrc + " (area " + area + ")";
            };
        }
    }
}
