package io.vswitch.console;

import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.item.status.Status;

/**
 * An item's status container from the operational datastore, in one line: {@code applied},
 * {@code pending: waits for ...}, {@code failed: ... (retval -7 from create_loopback)}.
 */
final class StatusText {
    private StatusText() {
        // static helpers only
    }

    static String of(final @Nullable Status status) {
        if (status == null || status.getState() == null) {
            return "unknown";
        }
        final StringBuilder sb = new StringBuilder(status.getState().getName());
        final String reason = status.getReason();
        if (reason != null && !reason.isEmpty()) {
            sb.append(": ").append(reason);
        }
        final Integer retval = status.getVppRetval();
        if (retval != null && (reason == null || !reason.contains(retval.toString()))) {
            sb.append(" (retval ").append(retval);
            if (status.getVppMessage() != null) {
                sb.append(" from ").append(status.getVppMessage());
            }
            sb.append(')');
        }
        return sb.toString();
    }
}
