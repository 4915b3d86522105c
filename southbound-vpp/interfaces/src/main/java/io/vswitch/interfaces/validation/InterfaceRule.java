package io.vswitch.interfaces.validation;

import io.vswitch.renderer.odl.spi.Violation;
import java.util.List;

/**
 * One concern of interface validation.
 */
interface InterfaceRule {
    /**
     * Adds what this rule finds wrong with the node's interfaces.
     */
    void check(NodeInterfaces interfaces, List<Violation> violations);
}
