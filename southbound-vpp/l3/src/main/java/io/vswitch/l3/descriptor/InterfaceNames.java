package io.vswitch.l3.descriptor;

import io.vswitch.interfaces.InterfaceKeys;
import io.vswitch.interfaces.InterfaceMetadata;
import io.vswitch.interfaces.descriptor.InterfaceDescriptor;
import io.vswitch.renderer.spi.RetrieveContext;
import io.vswitch.renderer.spi.RetrievedItem;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The configured names of the node's interfaces by VPP index, from what the interface descriptor retrieved in the
 * same resync (our interfaces only: VPP's and other agents' interfaces have no name here).
 */
final class InterfaceNames {
    /** The retrieve dependency that provides the names. */
    static final String SOURCE = InterfaceDescriptor.NAME;

    private final Map<Integer, String> byIndex;

    private InterfaceNames(final Map<Integer, String> byIndex) {
        this.byIndex = byIndex;
    }

    static InterfaceNames of(final RetrieveContext ctx) {
        final Map<Integer, String> byIndex = new HashMap<>();
        for (RetrievedItem<?> item : ctx.retrieved(SOURCE)) {
            item.metadata().get(InterfaceMetadata.SW_IF_INDEX)
                .ifPresent(index -> byIndex.put(index, InterfaceKeys.nameOf(item.key())));
        }
        return new InterfaceNames(byIndex);
    }

    /**
     * Names from a map (e.g. for the operational twin).
     *
     * @param byIndex configured names by VPP index
     * @return the names
     */
    static InterfaceNames of(final Map<Integer, String> byIndex) {
        return new InterfaceNames(Map.copyOf(byIndex));
    }

    /**
     * The configured name of an interface.
     *
     * @param swIfIndex VPP's index
     * @return the name, or null for an interface that is not ours
     */
    @Nullable String name(final int swIfIndex) {
        return byIndex.get(swIfIndex);
    }

    /**
     * A name for any interface: the configured one, or {@code #<index>} for one that is not ours (the model's
     * names cannot contain {@code #}, so it never equals a configured name).
     *
     * @param swIfIndex VPP's index
     * @return the name
     */
    String nameOrIndex(final int swIfIndex) {
        final String name = byIndex.get(swIfIndex);
        return name != null ? name : "#" + Integer.toUnsignedString(swIfIndex);
    }
}
