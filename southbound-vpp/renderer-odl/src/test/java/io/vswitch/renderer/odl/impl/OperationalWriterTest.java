package io.vswitch.renderer.odl.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendaylight.mdsal.binding.api.DataBroker;
import org.opendaylight.mdsal.binding.api.WriteTransaction;
import org.opendaylight.mdsal.binding.testutils.DataBrokerTestModule;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.yang.types.rev130715.DateAndTime;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.Node1;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.Interfaces;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces.Interface;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces.InterfaceKey;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces._interface.State;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces._interface.StateBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.ItemState;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.Nodes;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.item.status.Status;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.item.status.StatusBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.Node;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.NodeKey;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;
import org.opendaylight.yangtools.yang.common.Uint32;

/**
 * {@link OperationalWriter} on a real in-memory data broker: batches of writes under entries that do not exist yet
 * (merged as one list) land whole, never keep a leaf of an older value, and keep their order with deletes.
 */
class OperationalWriterTest {
    private static final DateAndTime NOW = new DateAndTime("2026-11-25T18:00:00Z");
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private DataBroker broker;
    private OperationalWriter writer;

    @BeforeEach
    void setUp() {
        final var module = new DataBrokerTestModule(false);
        broker = module.getDataBroker();
        writer = new OperationalWriter(module.getDOMDataBroker(), module.getBindingToNormalizedNodeCodec(),
            module.getSchemaService());
    }

    @AfterEach
    void tearDown() {
        writer.close();
    }

    @Test
    void statusesOfManyNewEntriesLandWithTheirKeysAndStates() throws Exception {
        final Status shared = applied();
        synchronized (writer) {
            // held: the writer's thread takes everything below as one batch; one status object for all (converted
            // once, written under each entry)
            for (int i = 0; i < 1000; i++) {
                writer.put(status("vpp1", "if" + i), shared);
                if (i % 2 == 0) {
                    writer.put(entry("vpp1", "if" + i).child(State.class), new StateBuilder()
                        .setSwIfIndex(Uint32.valueOf(i)).build());
                }
            }
            writer.put(status("vpp2", "only"), pending("waits for its VRF"));
        }
        final Interfaces vpp1 = await(interfaces("vpp1"), found -> found.nonnullInterface().size() == 1000);
        for (int i = 0; i < 1000; i++) {
            final Interface entry = vpp1.nonnullInterface().get(new InterfaceKey("if" + i));
            assertEquals(ItemState.Applied, entry.getStatus().getState(), "if" + i);
            assertEquals(i % 2 == 0 ? Uint32.valueOf(i) : null,
                entry.getState() == null ? null : entry.getState().getSwIfIndex(), "if" + i);
        }
        final Interfaces vpp2 = await(interfaces("vpp2"), found -> found.nonnullInterface().size() == 1);
        assertEquals("waits for its VRF", vpp2.nonnullInterface().get(new InterfaceKey("only")).getStatus()
            .getReason());

        // a second batch under the now known entries replaces their statuses
        synchronized (writer) {
            for (int i = 0; i < 1000; i++) {
                writer.put(status("vpp1", "if" + i), pending("node not connected"));
            }
        }
        final Interfaces again = await(interfaces("vpp1"), found -> found.nonnullInterface().values().stream()
            .allMatch(entry -> entry.getStatus().getState() == ItemState.Pending));
        assertEquals(500, again.nonnullInterface().values().stream().filter(entry -> entry.getState() != null)
            .count(), "the states written beside the first statuses stay");
    }

    @Test
    void entriesThatExistedBeforeTheWriterKeepNoLeafOfTheirOldStatus() throws Exception {
        final WriteTransaction tx = broker.newWriteOnlyTransaction();
        tx.mergeParentStructurePut(LogicalDatastoreType.OPERATIONAL, status("vpp1", "old"),
            pending("waits for bridge domain bd1"));
        tx.commit().get();

        synchronized (writer) {
            writer.put(status("vpp1", "old"), applied());
            writer.put(status("vpp1", "new"), applied());
        }
        final Interfaces found = await(interfaces("vpp1"), list -> list.nonnullInterface().size() == 2
            && list.nonnullInterface().values().stream()
                .allMatch(entry -> entry.getStatus().getState() == ItemState.Applied));
        for (Interface entry : found.nonnullInterface().values()) {
            assertNull(entry.getStatus().getReason(), entry.getName() + " keeps no reason of an older status");
        }
    }

    @Test
    void aDeleteAfterAWriteInOneBatchWins() throws Exception {
        synchronized (writer) {
            writer.put(status("vpp1", "kept"), applied());
            writer.put(status("vpp1", "gone"), applied());
            writer.delete(entry("vpp1", "gone"));
        }
        final Interfaces found = await(interfaces("vpp1"), list -> list.nonnullInterface().containsKey(
            new InterfaceKey("kept")));
        // the same transaction: nothing more can come
        assertFalse(found.nonnullInterface().containsKey(new InterfaceKey("gone")));
        assertTrue(found.nonnullInterface().get(new InterfaceKey("kept")).getStatus().getState()
            == ItemState.Applied);
    }

    /**
     * Reads the list once everything queued so far is committed (the writer says when), and checks the condition.
     */
    private Interfaces await(final InstanceIdentifier<Interfaces> path, final Predicate<Interfaces> condition)
            throws Exception {
        writer.whenWritten().toCompletableFuture().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        final Optional<Interfaces> found;
        try (var read = broker.newReadOnlyTransaction()) {
            found = read.read(LogicalDatastoreType.OPERATIONAL, path).get();
        }
        assertTrue(found.isPresent() && condition.test(found.orElseThrow()), () -> "not as expected: "
            + found.map(Interfaces::nonnullInterface).map(Map::size).orElse(0) + " entries");
        return found.orElseThrow();
    }

    private static InstanceIdentifier<Interfaces> interfaces(final String node) {
        return InstanceIdentifier.create(Nodes.class).child(Node.class, new NodeKey(node))
            .augmentation(Node1.class).child(Interfaces.class);
    }

    private static InstanceIdentifier<Interface> entry(final String node, final String name) {
        return interfaces(node).child(Interface.class, new InterfaceKey(name));
    }

    private static InstanceIdentifier<Status> status(final String node, final String name) {
        return entry(node, name).child(Status.class);
    }

    private static Status applied() {
        return new StatusBuilder().setState(ItemState.Applied).setLastChange(NOW).build();
    }

    private static Status pending(final String reason) {
        return new StatusBuilder().setState(ItemState.Pending).setReason(reason).setLastChange(NOW).build();
    }
}
