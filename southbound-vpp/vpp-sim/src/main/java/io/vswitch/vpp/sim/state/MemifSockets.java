package io.vswitch.vpp.sim.state;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * memif socket files by socket id. Id 0 always maps to {@link #DEFAULT_FILENAME}. Whether a file is in use is
 * read from the interface table (memif interfaces name their socket id).
 */
public final class MemifSockets {
    /** VPP's {@code MEMIF_DEFAULT_SOCKET_FILENAME} in the default runtime directory. */
    public static final String DEFAULT_FILENAME = "/run/vpp/memif.sock";
    /** VPP's runtime directory, prepended to relative socket file names. */
    public static final String RUNTIME_DIR = "/run/vpp";

    private final TreeMap<Integer, String> byId = new TreeMap<>(Integer::compareUnsigned);
    private final InterfaceTable interfaces;

    /**
     * The registry with socket id 0.
     *
     * @param interfaces the interfaces, to tell which files are in use
     */
    public MemifSockets(final InterfaceTable interfaces) {
        this.interfaces = interfaces;
        byId.put(0, DEFAULT_FILENAME);
    }

    /**
     * The file name of a socket id.
     *
     * @param socketId the id
     * @return the absolute file name, if registered
     */
    public Optional<String> filename(final int socketId) {
        return Optional.ofNullable(byId.get(socketId));
    }

    /**
     * Registers a socket id.
     *
     * @param socketId the id
     * @param filename the absolute file name
     */
    public void put(final int socketId, final String filename) {
        byId.put(socketId, filename);
    }

    /**
     * Forgets a socket id.
     *
     * @param socketId the id
     */
    public void remove(final int socketId) {
        byId.remove(socketId);
    }

    /**
     * How many memif interfaces use a socket id ({@code ref_cnt}).
     *
     * @param socketId the id
     * @return the number of interfaces
     */
    public long users(final int socketId) {
        return interfaces.all().stream()
            .filter(iface -> iface.kind() instanceof InterfaceKind.Memif memif && memif.socketId() == socketId)
            .count();
    }

    /**
     * All registrations by ascending id.
     *
     * @return an unmodifiable live view
     */
    public Map<Integer, String> all() {
        return Collections.unmodifiableMap(byId);
    }

    /**
     * VPP's normalisation of a socket file name: absolute names stay, relative ones go under
     * {@link #RUNTIME_DIR}.
     *
     * @param filename the name as requested
     * @return the name VPP stores
     */
    public static String normalise(final String filename) {
        return filename.startsWith("/") || filename.startsWith("@") || filename.startsWith("abstract:")
            ? filename : RUNTIME_DIR + "/" + filename;
    }
}
