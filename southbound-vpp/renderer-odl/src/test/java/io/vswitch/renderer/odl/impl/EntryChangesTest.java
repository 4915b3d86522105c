package io.vswitch.renderer.odl.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendaylight.mdsal.binding.api.DataBroker;
import org.opendaylight.mdsal.binding.api.DataObjectModification;
import org.opendaylight.mdsal.binding.api.DataTreeChangeListener;
import org.opendaylight.mdsal.binding.api.DataTreeIdentifier;
import org.opendaylight.mdsal.binding.api.DataTreeModification;
import org.opendaylight.mdsal.binding.api.WriteTransaction;
import org.opendaylight.mdsal.binding.testutils.DataBrokerTestModule;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.Loopback;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.Node1;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.Node1Builder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.Interfaces;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.InterfacesBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces.Interface;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces.InterfaceBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces.InterfaceKey;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.Nodes;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.Node;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.NodeBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.NodeKey;
import org.opendaylight.yangtools.concepts.Registration;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;

/**
 * {@link EntryChanges} on the modifications a real binding data broker (in-memory datastore) delivers, for the
 * writes RESTCONF makes: one entry written under a merged parent structure must be that entry alone, not the whole
 * list, however the binding layer types the node above it.
 */
class EntryChangesTest {
    private static final InstanceIdentifier<Interface> LIST = InstanceIdentifier.create(Nodes.class)
        .child(Node.class).augmentation(Node1.class).child(Interfaces.class).child(Interface.class);
    private static final InstanceIdentifier<Node> NODE = InstanceIdentifier.create(Nodes.class)
        .child(Node.class, new NodeKey("vpp1"));
    private static final InstanceIdentifier<Interfaces> INTERFACES = NODE.augmentation(Node1.class)
        .child(Interfaces.class);

    private final BlockingQueue<DataObjectModification<Node>> modifications = new LinkedBlockingQueue<>();
    private DataBroker broker;
    private Registration listener;

    @BeforeEach
    void setUp() throws Exception {
        broker = new DataBrokerTestModule(false).getDataBroker();
        listener = broker.registerTreeChangeListener(DataTreeIdentifier.create(LogicalDatastoreType.CONFIGURATION,
            InstanceIdentifier.create(Nodes.class).child(Node.class)), new DataTreeChangeListener<Node>() {
                @Override
                public void onDataTreeChanged(final List<DataTreeModification<Node>> changes) {
                    changes.forEach(change -> modifications.add(change.getRootNode()));
                }
            });
        commit(tx -> tx.put(LogicalDatastoreType.CONFIGURATION, NODE, node(loopback("lo1"), loopback("lo2"))));
    }

    @AfterEach
    void tearDown() {
        listener.close();
    }

    @Test
    void newNodeIsWholeList() throws Exception {
        assertTrue(EntryChanges.of(next(), LIST).wholeList());
    }

    @Test
    void entryUnderMergedParentsIsThatEntryAlone() throws Exception {
        next();
        // what RESTCONF's PUT of .../interface=lo3 does: merge the parents (keys included), then put the entry
        commit(tx -> {
            tx.merge(LogicalDatastoreType.CONFIGURATION, NODE, new NodeBuilder().setName("vpp1").build());
            tx.merge(LogicalDatastoreType.CONFIGURATION, INTERFACES, new InterfacesBuilder().build());
            tx.put(LogicalDatastoreType.CONFIGURATION, INTERFACES.child(Interface.class, new InterfaceKey("lo3")),
                loopback("lo3"));
        });
        final EntryChanges changes = EntryChanges.of(next(), LIST);
        assertFalse(changes.wholeList());
        assertEquals(List.of("lo3"), changes.written().stream().map(entry -> ((Interface) entry).getName()).toList());
        assertTrue(changes.deleted().isEmpty());
    }

    @Test
    void deletedEntryUnderModifiedNode() throws Exception {
        next();
        commit(tx -> {
            tx.merge(LogicalDatastoreType.CONFIGURATION, NODE, new NodeBuilder().setName("vpp1").build());
            tx.delete(LogicalDatastoreType.CONFIGURATION, INTERFACES.child(Interface.class, new InterfaceKey("lo1")));
        });
        final EntryChanges changes = EntryChanges.of(next(), LIST);
        assertFalse(changes.wholeList());
        assertTrue(changes.written().isEmpty());
        assertEquals(List.of("lo1"), changes.deleted().stream().map(entry -> ((Interface) entry).getName()).toList());
    }

    @Test
    void nodeReplacedIsWholeList() throws Exception {
        next();
        commit(tx -> tx.put(LogicalDatastoreType.CONFIGURATION, NODE, node(loopback("lo2"), loopback("lo4"))));
        assertTrue(EntryChanges.of(next(), LIST).wholeList());
    }

    @Test
    void nodeLeafChangedLeavesListAlone() throws Exception {
        next();
        commit(tx -> tx.merge(LogicalDatastoreType.CONFIGURATION, NODE,
            new NodeBuilder().setName("vpp1").setDescription("changed").build()));
        assertTrue(EntryChanges.of(next(), LIST).isEmpty());
    }

    private static Node node(final Interface... interfaces) {
        final InterfacesBuilder list = new InterfacesBuilder();
        list.setInterface(java.util.Arrays.stream(interfaces).collect(
            java.util.stream.Collectors.toMap(Interface::key, entry -> entry)));
        return new NodeBuilder().setName("vpp1")
            .addAugmentation(new Node1Builder().setInterfaces(list.build()).build())
            .build();
    }

    private static Interface loopback(final String name) {
        return new InterfaceBuilder().setName(name).setType(Loopback.VALUE).setEnabled(true).build();
    }

    private void commit(final Consumer<WriteTransaction> writes) throws Exception {
        final WriteTransaction tx = broker.newWriteOnlyTransaction();
        writes.accept(tx);
        tx.commit().get(10, TimeUnit.SECONDS);
    }

    private DataObjectModification<Node> next() throws InterruptedException {
        final DataObjectModification<Node> modification = modifications.poll(10, TimeUnit.SECONDS);
        assertNotNull(modification, "no change notified");
        return modification;
    }
}
