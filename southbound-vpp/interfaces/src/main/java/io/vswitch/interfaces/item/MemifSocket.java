package io.vswitch.interfaces.item;

import static java.util.Objects.requireNonNull;

/**
 * A memif socket file registration, shared by the memif interfaces using the file.
 *
 * @param filename the file name as VPP stores it
 */
public record MemifSocket(String filename) {
    /**
     * Checks the name.
     *
     * @param filename the file name
     */
    public MemifSocket {
        requireNonNull(filename, "filename");
    }

    /**
     * Whether this is VPP's built-in default socket (id 0), which is never added or removed.
     *
     * @return true for {@link MemifType#DEFAULT_SOCKET}
     */
    public boolean isDefault() {
        return MemifType.DEFAULT_SOCKET.equals(filename);
    }
}
