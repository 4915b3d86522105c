package io.vswitch.interfaces.item;

/**
 * A loopback interface: no parameters.
 */
public record LoopbackType() implements InterfaceType {
    @Override
    public boolean matches(final InterfaceType actual) {
        return actual instanceof LoopbackType;
    }
}
