package io.vswitch.l2.descriptor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vswitch.interfaces.InterfaceKeys;
import io.vswitch.interfaces.descriptor.InterfaceDescriptors;
import io.vswitch.interfaces.item.InterfaceItem;
import io.vswitch.interfaces.item.InterfaceSettings;
import io.vswitch.interfaces.item.LoopbackType;
import io.vswitch.renderer.api.ItemStatus;
import io.vswitch.renderer.api.NodeScheduler;
import io.vswitch.renderer.api.ResyncResult;
import io.vswitch.renderer.api.StatusBatch;
import io.vswitch.renderer.api.StatusListener;
import io.vswitch.renderer.api.Transaction;
import io.vswitch.renderer.api.TransactionResult;
import io.vswitch.renderer.spi.Descriptor;
import io.vswitch.renderer.spi.ItemKey;
import io.vswitch.renderer.spi.VppError;
import io.vswitch.vpp.api.client.VppCallException;
import io.vswitch.vpp.api.client.VppClient;
import io.vswitch.vpp.api.client.VppClientConfig;
import io.vswitch.vpp.api.client.VppConnectionListener;
import io.vswitch.vpp.api.client.VppDisconnectedException;
import io.vswitch.vpp.api.client.VppSession;
import io.vswitch.vpp.sim.VppSimulator;
import io.vswitch.vpp.sim.state.SimInterface;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A simulator on a real Unix socket, a real client, and a real scheduler with the interfaces and L2 descriptors,
 * driven like the glue drives it: connects and disconnects of the client become onConnected/onDisconnected.
 */
final class SimHarness implements AutoCloseable {
    static final String NODE = "vpp1";
    static final Duration WAIT = Duration.ofSeconds(20);

    final VppSimulator simulator = new VppSimulator();
    final VppClient client;
    final BlockingQueue<ResyncResult> resyncs = new LinkedBlockingQueue<>();
    NodeScheduler scheduler;

    SimHarness(final Path dir) {
        final Path socket = dir.resolve("api.sock");
        simulator.start(socket);
        client = VppClient.start(VppClientConfig.defaults().withSocketPath(socket)
            .withReconnectBackoff(Duration.ofMillis(20), Duration.ofMillis(100)));
        scheduler = newScheduler();
    }

    /**
     * A fresh scheduler (as after a controller restart), not connected yet.
     */
    NodeScheduler newScheduler() {
        return NodeScheduler.builder(NODE)
            .descriptors(descriptors())
            .errorDescriber(error -> error instanceof VppCallException e
                ? Optional.of(VppError.of(e.retval(), e.messageName())) : Optional.empty())
            .statusListener(new StatusListener() {
                @Override
                public void onStatusChanged(final StatusBatch batch) {
                    // statuses() is read instead
                }

                @Override
                public void onResyncFinished(final ResyncResult result) {
                    resyncs.add(result);
                }
            })
            .build();
    }

    /**
     * The interfaces area's descriptors and ours, as the glue would have them from both feature areas.
     */
    static List<Descriptor<?>> descriptors() {
        final List<Descriptor<?>> all = new ArrayList<>(InterfaceDescriptors.all());
        all.addAll(L2Descriptors.all());
        return all;
    }

    /**
     * A loopback item with default settings.
     */
    static InterfaceItem loopback(final String name) {
        return new InterfaceItem(name, new LoopbackType(), new InterfaceSettings(true, null, null, List.of(), 0, 0,
            null, null));
    }

    /**
     * Follows the client's connects with the current scheduler, and waits for the first resync.
     */
    ResyncResult connect() throws InterruptedException {
        client.addListener(new VppConnectionListener() {
            @Override
            public void connected(final VppSession session) {
                scheduler.onConnected(session);
            }

            @Override
            public void disconnected(final VppSession session, final VppDisconnectedException reason) {
                scheduler.onDisconnected(String.valueOf(reason.getMessage()));
            }
        });
        return nextResync();
    }

    ResyncResult nextResync() throws InterruptedException {
        final ResyncResult result = resyncs.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        if (result == null) {
            throw new AssertionError("no resync within " + WAIT);
        }
        return result;
    }

    TransactionResult apply(final Map<ItemKey, Object> puts) throws Exception {
        final Transaction.Builder tx = Transaction.builder("test");
        puts.forEach(tx::put);
        return scheduler.submit(tx.build()).toCompletableFuture().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    TransactionResult delete(final ItemKey... keys) throws Exception {
        final Transaction.Builder tx = Transaction.builder("test delete");
        for (ItemKey key : keys) {
            tx.delete(key);
        }
        return scheduler.submit(tx.build()).toCompletableFuture().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    ResyncResult resync() throws Exception {
        return scheduler.resync().toCompletableFuture().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    ItemStatus status(final ItemKey key) {
        return scheduler.statuses().get(key);
    }

    static ItemKey key(final String name) {
        return InterfaceKeys.interfaceKey(NODE, name);
    }

    /**
     * The simulator's interface tagged with a name.
     */
    SimInterface tagged(final String name) {
        return find(name).orElseThrow(() -> new AssertionError("no interface tagged " + name + " in "
            + simulator.interfaces()));
    }

    Optional<SimInterface> find(final String name) {
        return simulator.interfaces().stream().filter(iface -> iface.tag().equals(name)).findFirst();
    }

    List<SimInterface> interfaces() {
        return simulator.interfaces();
    }

    static void await(final String what, final BooleanSupplier condition) throws InterruptedException {
        final long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting for " + what);
            TimeUnit.MILLISECONDS.sleep(10);
        }
    }

    @Override
    public void close() {
        scheduler.close();
        client.close();
        simulator.close();
    }
}
