package io.vswitch.renderer.odl.spi;

import io.vswitch.renderer.spi.Descriptor;
import java.util.List;

/**
 * One feature area (interfaces, L2, L3, ...), registered by its bundle as an OSGi service. The renderer core knows
 * no area by name: adding an area is registering one more of these.
 */
public interface FeatureArea {
    /**
     * A short name for logs and the console, e.g. {@code interfaces}.
     */
    String name();

    /**
     * The descriptors of this area's kinds of item (base and derived).
     */
    List<Descriptor<?>> descriptors();

    /**
     * The configured lists of this area under {@code /nodes/node}, each with how its entries become items.
     */
    List<ConfigMapping<?>> mappings();

    /**
     * Semantic checks run before a commit touching a node is accepted; none by default.
     */
    default List<ConfigValidator> validators() {
        return List.of();
    }
}
