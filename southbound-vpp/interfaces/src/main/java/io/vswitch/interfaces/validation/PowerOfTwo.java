package io.vswitch.interfaces.validation;

/**
 * Ring sizes VPP takes are powers of two.
 */
final class PowerOfTwo {
    private PowerOfTwo() {
        // static helpers only
    }

    static boolean test(final long value) {
        return value > 0 && (value & value - 1) == 0;
    }
}
