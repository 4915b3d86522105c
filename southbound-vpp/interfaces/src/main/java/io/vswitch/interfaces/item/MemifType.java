package io.vswitch.interfaces.item;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A memif interface.
 *
 * @param socketFilename the control socket file as VPP stores it (absolute)
 * @param id the memif id on that socket
 * @param role master or slave
 * @param mode what the rings carry
 * @param ringSize descriptors per ring
 * @param bufferSize bytes per buffer
 * @param rxQueues receive queues; 0 when unknown (VPP does not report them: a retrieved memif has 0)
 * @param txQueues transmit queues; 0 when unknown
 * @param secret the shared secret, empty for none; null when unknown (VPP does not report it)
 */
public record MemifType(String socketFilename, int id, MemifRole role, MemifMode mode, int ringSize, int bufferSize,
        int rxQueues, int txQueues, @Nullable String secret) implements InterfaceType {
    /** VPP's default socket file, registered as socket id 0 from the start and never removable. */
    public static final String DEFAULT_SOCKET = "/run/vpp/memif.sock";
    /** VPP's runtime directory, where relative socket file names go. */
    public static final String RUNTIME_DIR = "/run/vpp";

    /**
     * Checks the components.
     *
     * @param socketFilename the socket file
     * @param id the id
     * @param role the role
     * @param mode the mode
     * @param ringSize the ring size
     * @param bufferSize the buffer size
     * @param rxQueues the receive queues
     * @param txQueues the transmit queues
     * @param secret the secret
     */
    public MemifType {
        requireNonNull(socketFilename, "socketFilename");
        requireNonNull(role, "role");
        requireNonNull(mode, "mode");
    }

    /**
     * VPP's normalisation of a socket file name ({@code memif_socket_filename_add_del}): absolute and abstract
     * names stay, relative ones go under the runtime directory.
     *
     * @param filename the name as configured
     * @return the name VPP stores
     */
    public static String normaliseSocket(final String filename) {
        return filename.startsWith("/") || filename.startsWith("@") || filename.startsWith("abstract:")
            ? filename : RUNTIME_DIR + "/" + filename;
    }

    @Override
    public boolean matches(final InterfaceType actual) {
        return actual instanceof MemifType other && socketFilename.equals(other.socketFilename) && id == other.id
            && role == other.role && mode == other.mode && ringSize == other.ringSize
            && bufferSize == other.bufferSize
            // what VPP does not report is compared only when known on both sides
            && (rxQueues == 0 || other.rxQueues == 0 || rxQueues == other.rxQueues)
            && (txQueues == 0 || other.txQueues == 0 || txQueues == other.txQueues)
            && (secret == null || other.secret == null || Objects.equals(secret, other.secret));
    }
}
