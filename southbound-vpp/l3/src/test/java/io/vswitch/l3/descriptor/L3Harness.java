package io.vswitch.l3.descriptor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vswitch.interfaces.InterfaceKeys;
import io.vswitch.interfaces.descriptor.InterfaceDescriptors;
import io.vswitch.interfaces.item.InterfaceItem;
import io.vswitch.interfaces.item.InterfaceSettings;
import io.vswitch.interfaces.item.IpPrefix;
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
import io.vswitch.vpp.api.message.l3.IpRouteDetails;
import io.vswitch.vpp.api.message.l3.IpRouteDump;
import io.vswitch.vpp.api.message.l3.IpTable;
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
 * A simulator on a real Unix socket, a real client, and a real scheduler with the interfaces and L3 descriptors,
 * driven like the glue drives it.
 */
final class L3Harness implements AutoCloseable {
    static final String NODE = "vpp1";
    static final Duration WAIT = Duration.ofSeconds(60);

    final VppSimulator simulator = new VppSimulator();
    final VppClient client;
    final BlockingQueue<ResyncResult> resyncs = new LinkedBlockingQueue<>();
    final List<Descriptor<?>> l3 = L3Descriptors.all();
    volatile NodeScheduler scheduler;
    volatile VppSession session;

    L3Harness(final Path dir) {
        final Path socket = dir.resolve("api.sock");
        simulator.start(socket);
        client = VppClient.start(VppClientConfig.defaults().withSocketPath(socket)
            .withReconnectBackoff(Duration.ofMillis(20), Duration.ofMillis(100)));
        scheduler = newScheduler(l3);
    }

    NodeScheduler newScheduler(final List<Descriptor<?>> l3Descriptors) {
        final List<Descriptor<?>> all = new ArrayList<>(InterfaceDescriptors.all());
        all.addAll(l3Descriptors);
        return NodeScheduler.builder(NODE)
            .descriptors(all)
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

    ResyncResult connect() throws InterruptedException {
        client.addListener(new VppConnectionListener() {
            @Override
            public void connected(final VppSession newSession) {
                session = newSession;
                scheduler.onConnected(newSession);
            }

            @Override
            public void disconnected(final VppSession oldSession, final VppDisconnectedException reason) {
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

    /** VPP's routes of one table, through the API. */
    List<IpRouteDetails> routes(final boolean ipv6, final int table) throws Exception {
        return session.dump(new IpRouteDump(new IpTable(table, ipv6, "")))
            .get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    SimInterface tagged(final String name) {
        return simulator.interfaces().stream().filter(iface -> iface.tag().equals(name)).findFirst()
            .orElseThrow(() -> new AssertionError("no interface tagged " + name));
    }

    static ItemKey iface(final String name) {
        return InterfaceKeys.interfaceKey(NODE, name);
    }

    static InterfaceItem loopback(final String name, final int vrf, final String... addresses) {
        return new InterfaceItem(name, new LoopbackType(), new InterfaceSettings(true, null, null,
            List.of(addresses).stream().map(IpPrefix::parse).toList(), vrf, vrf, null, null));
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
