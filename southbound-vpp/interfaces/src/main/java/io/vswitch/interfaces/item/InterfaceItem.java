package io.vswitch.interfaces.item;

import static java.util.Objects.requireNonNull;

/**
 * The value of an interface item: its configured name (written into VPP's interface tag), its kind with the
 * creation parameters, and the derived aspects (which the interface descriptor turns into derived items).
 *
 * @param name the configured name
 * @param type the kind and creation parameters
 * @param settings the derived aspects
 */
public record InterfaceItem(String name, InterfaceType type, InterfaceSettings settings) {
    /** The longest name that fits VPP's 64-byte tag. */
    public static final int MAX_NAME_LENGTH = 63;

    /**
     * Checks the components.
     *
     * @param name the name
     * @param type the type
     * @param settings the settings
     */
    public InterfaceItem {
        requireNonNull(name, "name");
        requireNonNull(type, "type");
        requireNonNull(settings, "settings");
    }
}
