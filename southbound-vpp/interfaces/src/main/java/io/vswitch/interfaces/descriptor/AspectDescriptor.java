package io.vswitch.interfaces.descriptor;

import io.vswitch.interfaces.InterfaceKeys;
import io.vswitch.renderer.spi.Descriptor;
import io.vswitch.renderer.spi.ItemKey;

/**
 * A descriptor of one derived aspect of an interface ({@code <node>/interfaces/<name>/<aspect>...}). Its items are
 * never retrieved on their own: they are derived from the retrieved interface.
 *
 * @param <V> the value type
 */
abstract class AspectDescriptor<V> implements Descriptor<V> {
    private final String name;
    private final Class<V> valueType;

    AspectDescriptor(final String name, final Class<V> valueType) {
        this.name = name;
        this.valueType = valueType;
    }

    /**
     * Whether this descriptor handles the aspect part of an interface key.
     *
     * @param aspect the path after the interface name, never empty
     */
    abstract boolean handlesAspect(String aspect);

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Class<V> valueType() {
        return valueType;
    }

    @Override
    public final boolean handles(final ItemKey key) {
        final String aspect = InterfaceKeys.aspect(key);
        return aspect != null && !aspect.isEmpty() && handlesAspect(aspect);
    }

    @Override
    public final boolean isRetriable(final Throwable error) {
        return VppCalls.isRetriable(error);
    }
}
