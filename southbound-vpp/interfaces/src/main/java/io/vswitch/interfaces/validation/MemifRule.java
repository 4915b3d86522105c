package io.vswitch.interfaces.validation;

import io.vswitch.renderer.odl.spi.Violation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces.Interface;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces._interface.type.parameters.Memif;
import org.opendaylight.yangtools.yang.common.Uint32;

/**
 * A memif id is unique per socket file (VPP refuses a second one); all memifs of one socket file have the same
 * role (VPP listens on a master's socket and connects through a slave's, never both: it refuses the second role
 * with SUBIF_ALREADY_EXISTS); ring sizes are powers of two.
 */
final class MemifRule implements InterfaceRule {
    /** The model's defaults: the datastore does not fill them in. */
    static final String DEFAULT_SOCKET = "/run/vpp/memif.sock";
    private static final long DEFAULT_RING_SIZE = 1024;

    private record SocketId(String socket, long id) {
    }

    private static String role(final Interface iface) {
        final var memif = ((Memif) iface.getTypeParameters()).getMemif();
        return memif != null && memif.getRole() != null ? memif.getRole().getName() : "master";
    }

    @Override
    public void check(final NodeInterfaces interfaces, final List<Violation> violations) {
        final Map<SocketId, Interface> owners = new HashMap<>();
        final Map<String, Interface> roleSetters = new HashMap<>();
        for (Interface iface : interfaces.sorted()) {
            if (!(iface.getTypeParameters() instanceof Memif memifCase)) {
                continue;
            }
            final var memif = memifCase.getMemif();
            if (memif == null) {
                continue;
            }
            final String socket = memif.getSocketFilename() != null ? memif.getSocketFilename() : DEFAULT_SOCKET;
            final Uint32 id = memif.getId();
            if (id != null) {
                final Interface owner = owners.putIfAbsent(new SocketId(socket, id.toJava()), iface);
                if (owner != null) {
                    violations.add(new Violation(interfaces.path(iface, "memif", "id"), "memif id " + id
                        + " is already used on socket " + socket + " by interface " + owner.requireName()));
                }
            }
            final Interface first = roleSetters.putIfAbsent(socket, iface);
            if (first != null && !role(first).equals(role(iface))) {
                violations.add(new Violation(interfaces.path(iface, "memif", "role"), "socket " + socket
                    + " is used by " + role(first) + " interface " + first.requireName() + "; a socket file serves "
                    + "one role, use another socket-filename for a " + role(iface)));
            }
            final long ringSize = memif.getRingSize() != null ? memif.getRingSize().toJava() : DEFAULT_RING_SIZE;
            if (!PowerOfTwo.test(ringSize)) {
                violations.add(new Violation(interfaces.path(iface, "memif", "ring-size"), "memif ring size "
                    + ringSize + " is not a power of two"));
            }
        }
    }
}
