package io.vswitch.l2.validation;

import io.vswitch.renderer.odl.spi.Violation;
import java.util.List;

/**
 * One concern of L2 validation.
 */
interface L2Rule {
    /**
     * Adds what this rule finds wrong with the node's L2 configuration.
     */
    void check(NodeL2 l2, List<Violation> violations);
}
