package io.vswitch.vpp.sim.spi;

import java.util.List;

/**
 * A VPP API module (one {@code .api} file) as the simulator announces it: its name and version for
 * {@code api_versions}, and its messages in file order, which decide their ids in the handshake table.
 * Only the messages the simulator implements (and their replies, details and events) get ids.
 *
 * @param name the module name, e.g. {@code interface}, {@code memif}
 * @param major the major version of the {@code .api} file
 * @param minor the minor version
 * @param patch the patch version
 * @param plugin whether VPP loads this module from a plugin (plugins get ids after the core modules)
 * @param messages every message name of the file, in file order
 */
public record VppModule(String name, int major, int minor, int patch, boolean plugin, List<String> messages) {
    /**
     * Copies the message list.
     */
    public VppModule {
        messages = List.copyOf(messages);
    }

    /**
     * A core (vnet/vlib) module.
     *
     * @param name the module name
     * @param version {@code major.minor.patch}
     * @param messages the message names in file order
     * @return the module
     */
    public static VppModule core(final String name, final String version, final String... messages) {
        return of(name, version, false, messages);
    }

    /**
     * A plugin module.
     *
     * @param name the module name
     * @param version {@code major.minor.patch}
     * @param messages the message names in file order
     * @return the module
     */
    public static VppModule plugin(final String name, final String version, final String... messages) {
        return of(name, version, true, messages);
    }

    private static VppModule of(final String name, final String version, final boolean plugin,
            final String... messages) {
        final String[] parts = version.split("\\.");
        return new VppModule(name, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
            Integer.parseInt(parts[2]), plugin, List.of(messages));
    }
}
