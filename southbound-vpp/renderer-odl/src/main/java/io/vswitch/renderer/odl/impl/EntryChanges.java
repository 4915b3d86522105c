package io.vswitch.renderer.odl.impl;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.mdsal.binding.api.DataObjectModification;
import org.opendaylight.mdsal.binding.api.DataObjectModification.ModificationType;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.Node;
import org.opendaylight.yangtools.yang.binding.DataObject;
import org.opendaylight.yangtools.yang.binding.DataObjectStep;
import org.opendaylight.yangtools.yang.binding.ExactDataObjectStep;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;

/**
 * What one node modification did to the entries of one configured list: either individual entries written and
 * deleted, or the whole list replaced (a container on the way to it was written or deleted).
 *
 * @param wholeList true when the list must be re-read from the node as a whole
 * @param written entries written or modified (their after-state)
 * @param deleted entries deleted (their before-state)
 */
record EntryChanges(boolean wholeList, List<DataObject> written, List<DataObject> deleted) {
    private static final EntryChanges NONE = new EntryChanges(false, List.of(), List.of());
    private static final EntryChanges WHOLE = new EntryChanges(true, List.of(), List.of());

    boolean isEmpty() {
        return !wholeList && written.isEmpty() && deleted.isEmpty();
    }

    /**
     * Descends a node's modification along the list's path.
     *
     * @param nodeChange the modification of one {@code /nodes/node} entry (not a deletion of it)
     * @param list the list, wildcarded: {@code /nodes/node/.../list}
     */
    static EntryChanges of(final DataObjectModification<Node> nodeChange, final InstanceIdentifier<?> list) {
        // The binding layer reports a node entry as WRITE whenever one of its leaves is among the modified children,
        // which RESTCONF's parent-structure merge makes true of nearly every commit: only a new entry is really
        // whole. Below it, a container's own type tells (a written container reports its children as written too).
        if (nodeChange.modificationType() == ModificationType.WRITE && nodeChange.dataBefore() == null) {
            return WHOLE;
        }
        final List<DataObjectStep<?>> steps = new ArrayList<>();
        list.getPathArguments().forEach(steps::add);
        // Steps 0 and 1 are /nodes and /node; the last one is the list itself.
        DataObjectModification<?> current = nodeChange;
        for (int i = 2; i < steps.size() - 1; i++) {
            final @Nullable DataObjectModification<?> child =
                current.getModifiedChild((ExactDataObjectStep<?>) steps.get(i));
            if (child == null) {
                return NONE;
            }
            if (child.modificationType() != ModificationType.SUBTREE_MODIFIED) {
                return WHOLE;
            }
            current = child;
        }
        final Class<?> entryType = steps.get(steps.size() - 1).type();
        final List<DataObject> written = new ArrayList<>();
        final List<DataObject> deleted = new ArrayList<>();
        for (DataObjectModification<?> child : current.modifiedChildren()) {
            if (!entryType.equals(child.dataType())) {
                continue;
            }
            if (child.modificationType() == ModificationType.DELETE) {
                final DataObject before = child.dataBefore();
                if (before != null) {
                    deleted.add(before);
                }
            } else {
                final DataObject after = child.dataAfter();
                if (after != null) {
                    written.add(after);
                }
            }
        }
        return new EntryChanges(false, written, deleted);
    }
}
