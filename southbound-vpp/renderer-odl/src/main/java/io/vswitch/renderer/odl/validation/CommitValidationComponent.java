package io.vswitch.renderer.odl.validation;

import io.vswitch.renderer.odl.spi.ConfigValidator;
import io.vswitch.renderer.odl.spi.FeatureArea;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.opendaylight.mdsal.binding.dom.codec.api.BindingNormalizedNodeSerializer;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.mdsal.dom.api.DOMDataBroker;
import org.opendaylight.mdsal.dom.api.DOMDataTreeIdentifier;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.Nodes;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.Node;
import org.opendaylight.yangtools.concepts.Registration;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifier;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the one commit cohort on the configured {@code /nodes/node} list and keeps its validators in step with
 * the registered {@link FeatureArea} services.
 */
@Component(service = { }, immediate = true)
public final class CommitValidationComponent implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CommitValidationComponent.class);
    private static final YangInstanceIdentifier NODE_LIST = YangInstanceIdentifier.of(
        NodeIdentifier.create(Nodes.QNAME), NodeIdentifier.create(Node.QNAME));

    private final Set<FeatureArea> areas = new LinkedHashSet<>();
    private final Registration registration;
    /** Replaced as a whole whenever an area comes or goes; read by every commit. */
    private volatile NodeValidation validation = new NodeValidation(List.of());

    @Activate
    public CommitValidationComponent(@Reference final DOMDataBroker domDataBroker,
            @Reference final BindingNormalizedNodeSerializer serializer) {
        final NodeDecoder decoder = (path, data) ->
            serializer.fromNormalizedNode(path, data).getValue() instanceof Node node ? node : null;
        registration = domDataBroker.extension(DOMDataBroker.CommitCohortExtension.class).registerCommitCohort(
            DOMDataTreeIdentifier.of(LogicalDatastoreType.CONFIGURATION, NODE_LIST),
            new CommitValidationCohort(decoder, () -> validation));
        LOG.info("Commit validation registered on {}", NODE_LIST);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    synchronized void addArea(final FeatureArea area) {
        areas.add(area);
        refresh();
    }

    synchronized void removeArea(final FeatureArea area) {
        areas.remove(area);
        refresh();
    }

    private void refresh() {
        final List<ConfigValidator> validators = areas.stream().flatMap(area -> area.validators().stream())
            .toList();
        validation = new NodeValidation(validators);
        LOG.info("Commit validation uses {} validators of areas {}", validators.size(),
            areas.stream().map(FeatureArea::name).toList());
    }

    @Deactivate
    @Override
    public void close() {
        registration.close();
        LOG.info("Commit validation unregistered");
    }
}
