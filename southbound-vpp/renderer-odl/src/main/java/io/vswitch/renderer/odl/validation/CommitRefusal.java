package io.vswitch.renderer.odl.validation;

import static java.util.Objects.requireNonNull;

import io.vswitch.renderer.odl.spi.Violation;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Why a commit is refused: every violation found in the nodes it writes, in the order found.
 *
 * @param violations at least one
 */
public record CommitRefusal(List<Violation> violations) {
    /**
     * How every refusal message starts, so that a northbound can recognise one inside a wrapped error.
     */
    public static final String PREFIX = "vSwitch validation refused the commit: ";

    public CommitRefusal {
        violations = List.copyOf(violations);
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs at least one violation");
        }
    }

    /**
     * One line naming each offending path and its reason, e.g.
     * {@code vSwitch validation refused the commit: 1 violation: /nodes/node=vpp1/...: memif id 1 is ...}.
     */
    public String message() {
        final int count = violations.size();
        return violations.stream().map(Violation::toString).collect(Collectors.joining("; ",
            PREFIX + count + (count == 1 ? " violation: " : " violations: "), ""));
    }

    /**
     * The path of the first violation.
     */
    public String firstPath() {
        return requireNonNull(violations.get(0).path());
    }
}
