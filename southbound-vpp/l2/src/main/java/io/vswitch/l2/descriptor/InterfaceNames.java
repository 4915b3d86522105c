package io.vswitch.l2.descriptor;

import io.vswitch.interfaces.InterfaceMetadata;
import io.vswitch.interfaces.item.InterfaceItem;
import io.vswitch.renderer.spi.RetrievedItem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The configured names of the interfaces found in VPP in this resync (our tagged interfaces), by
 * {@code sw_if_index}: how the L2 dumps, which speak in indexes, become items keyed by names.
 *
 * @param byIndex names by index
 */
record InterfaceNames(Map<Integer, String> byIndex) {
    InterfaceNames {
        byIndex = Map.copyOf(byIndex);
    }

    static InterfaceNames of(final List<RetrievedItem<?>> interfaces) {
        final Map<Integer, String> byIndex = new HashMap<>();
        for (RetrievedItem<?> item : interfaces) {
            if (item.value() instanceof InterfaceItem iface) {
                item.metadata().get(InterfaceMetadata.SW_IF_INDEX).ifPresent(index -> byIndex.put(index,
                    iface.name()));
            }
        }
        return new InterfaceNames(byIndex);
    }

    @Nullable String name(final int swIfIndex) {
        return byIndex.get(swIfIndex);
    }
}
