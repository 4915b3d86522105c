package io.vswitch.renderer.odl.validation;

import static java.util.Objects.requireNonNull;

import com.google.common.util.concurrent.FluentFuture;
import com.google.common.util.concurrent.Futures;
import io.vswitch.renderer.odl.spi.Violation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.mdsal.common.api.DataValidationFailedException;
import org.opendaylight.mdsal.common.api.PostCanCommitStep;
import org.opendaylight.mdsal.dom.api.DOMDataTreeCandidate;
import org.opendaylight.mdsal.dom.api.DOMDataTreeCommitCohort;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.Node;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifierWithPredicates;
import org.opendaylight.yangtools.yang.data.api.schema.NormalizedNode;
import org.opendaylight.yangtools.yang.data.tree.api.DataTreeCandidateNode;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The commit cohort on the configured {@code /nodes/node} list: validates each node entry the commit writes or
 * modifies (never deleted or untouched ones) and refuses the whole commit when any validator objects.
 */
final class CommitValidationCohort implements DOMDataTreeCommitCohort {
    private static final Logger LOG = LoggerFactory.getLogger(CommitValidationCohort.class);

    private final NodeDecoder decoder;
    private final Supplier<NodeValidation> validation;

    CommitValidationCohort(final NodeDecoder decoder, final Supplier<NodeValidation> validation) {
        this.decoder = requireNonNull(decoder);
        this.validation = requireNonNull(validation);
    }

    @Override
    public FluentFuture<PostCanCommitStep> canCommit(final Object txId, final EffectiveModelContext ctx,
            final Collection<DOMDataTreeCandidate> candidates) {
        final NodeValidation current = validation.get();
        if (current.isEmpty()) {
            return PostCanCommitStep.NOOP_SUCCESSFUL_FUTURE;
        }
        final List<Violation> violations = new ArrayList<>();
        YangInstanceIdentifier firstOffender = null;
        for (DOMDataTreeCandidate candidate : candidates) {
            final YangInstanceIdentifier root = candidate.getRootPath().path();
            final DataTreeCandidateNode rootNode = candidate.getRootNode();
            if (root.getLastPathArgument() instanceof NodeIdentifierWithPredicates) {
                firstOffender = check(current, root, rootNode, violations, firstOffender);
            } else {
                for (DataTreeCandidateNode entry : rootNode.childNodes()) {
                    firstOffender = check(current, root.node(entry.name()), entry, violations, firstOffender);
                }
            }
        }
        if (violations.isEmpty()) {
            return PostCanCommitStep.NOOP_SUCCESSFUL_FUTURE;
        }
        final CommitRefusal refusal = new CommitRefusal(violations);
        LOG.info("Commit {} refused: {}", txId, refusal.message());
        return FluentFuture.from(Futures.immediateFailedFuture(new DataValidationFailedException(
            YangInstanceIdentifier.class, requireNonNull(firstOffender), refusal.message())));
    }

    private @Nullable YangInstanceIdentifier check(final NodeValidation current, final YangInstanceIdentifier path,
            final DataTreeCandidateNode entry, final List<Violation> violations,
            final @Nullable YangInstanceIdentifier firstOffender) {
        final NormalizedNode after = switch (entry.modificationType()) {
            case WRITE, SUBTREE_MODIFIED, APPEARED -> entry.dataAfter();
            case DELETE, DISAPPEARED, UNMODIFIED -> null;
        };
        if (after == null) {
            return firstOffender;
        }
        final Node node = decoder.decode(path, after);
        if (node == null) {
            return firstOffender;
        }
        final List<Violation> found = current.validate(node);
        violations.addAll(found);
        return firstOffender == null && !found.isEmpty() ? path : firstOffender;
    }
}
