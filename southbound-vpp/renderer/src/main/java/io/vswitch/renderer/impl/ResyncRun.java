package io.vswitch.renderer.impl;

import io.vswitch.renderer.api.CallRecord;
import io.vswitch.renderer.api.Operation;
import io.vswitch.renderer.spi.Descriptor;
import io.vswitch.renderer.spi.ItemKey;
import io.vswitch.renderer.spi.Metadata;
import io.vswitch.renderer.spi.RetrievedItem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first half of a resync: retrieves what the node has through every descriptor (in the order their retrieve
 * dependencies ask, each level concurrently), then correlates it with the graph by key, so that the plan that
 * follows converges with the fewest calls. Items a failed retrieve should have covered keep what the graph
 * believed. Confined to the scheduler's thread.
 */
final class ResyncRun {
    private static final Logger LOG = LoggerFactory.getLogger(ResyncRun.class);

    private record Found(RetrievedItem<?> item, @Nullable ItemKey parent) {
    }

    private final PlanHost host;
    private final Connection connection;
    private final RecordDraft draft;
    private final Consumer<ResyncRun> onCorrelated;
    private final ItemGraph graph;
    private final List<List<Descriptor<Object>>> levels;
    private final Map<String, List<RetrievedItem<?>>> retrieved = new HashMap<>();
    private final Set<String> failed = new HashSet<>();
    private final List<String> errors = new ArrayList<>();
    private int retrievedCount;
    private boolean aborted;

    ResyncRun(final PlanHost host, final Connection connection, final RecordDraft draft,
            final Consumer<ResyncRun> onCorrelated) {
        this.host = host;
        this.connection = connection;
        this.draft = draft;
        this.onCorrelated = onCorrelated;
        graph = host.graph();
        levels = graph.descriptors().retrieveLevels();
    }

    void start() {
        retrieveLevel(0);
    }

    /** True if the node disconnected during retrieval: nothing was correlated. */
    boolean aborted() {
        return aborted;
    }

    boolean complete() {
        return !aborted && failed.isEmpty();
    }

    List<String> errors() {
        return errors;
    }

    int retrievedCount() {
        return retrievedCount;
    }

    private void retrieveLevel(final int index) {
        if (!host.isCurrent(connection)) {
            aborted = true;
            errors.add("node disconnected during the resync");
            onCorrelated.accept(this);
            return;
        }
        if (index == levels.size()) {
            correlate();
            onCorrelated.accept(this);
            return;
        }
        final var level = levels.get(index);
        final int[] left = {level.size()};
        for (var descriptor : level) {
            retrieve(descriptor, () -> {
                if (--left[0] == 0) {
                    retrieveLevel(index + 1);
                }
            });
        }
    }

    @SuppressWarnings("checkstyle:IllegalCatch")
    private void retrieve(final Descriptor<Object> descriptor, final Runnable then) {
        final var visible = new HashMap<String, List<RetrievedItem<?>>>();
        for (var name : descriptor.retrieveDependencies()) {
            final var items = retrieved.get(name);
            if (items != null) {
                visible.put(name, items);
            }
        }
        final var desired = new HashMap<ItemKey, Object>();
        for (var item : graph.items()) {
            final var value = item.desired;
            if (item.descriptor == descriptor && value != null) {
                desired.put(item.key, value);
            }
        }
        final var ctx = new RetrieveContextImpl(host.nodeName(), connection.handle(), visible, desired);
        final long start = host.time().nanoTime();
        CompletionStage<List<RetrievedItem<Object>>> stage;
        try {
            stage = Objects.requireNonNull(descriptor.retrieve(ctx), "descriptor returned no stage");
        } catch (RuntimeException e) {
            stage = CompletableFuture.failedFuture(e);
        }
        final boolean[] done = {false};
        final Consumer<@Nullable Throwable> finish = error -> {
            if (done[0]) {
                return;
            }
            done[0] = true;
            final var duration = Duration.ofNanos(host.time().nanoTime() - start);
            final var key = ItemKey.of(host.nodeName());
            if (error == null) {
                host.called(new CallRecord(Operation.RETRIEVE, key, descriptor.name(), null, duration));
            } else {
                final var cause = Errors.unwrap(error);
                failed.add(descriptor.name());
                errors.add("retrieve by " + descriptor.name() + " failed: " + cause);
                host.called(new CallRecord(Operation.RETRIEVE, key, descriptor.name(),
                    host.describe(Operation.RETRIEVE, cause), duration));
                LOG.warn("{}: retrieve by {} failed", host.nodeName(), descriptor.name(), cause);
            }
            then.run();
        };
        final var timer = host.time().schedule(host.callTimeout(), () -> handBack(() -> finish.accept(
            new CallTimeoutException("retrieve got no answer within " + host.callTimeout().toMillis() + " ms"))));
        stage.whenComplete((items, error) -> handBack(() -> {
            timer.cancel();
            if (error == null && !done[0]) {
                retrieved.put(descriptor.name(), List.copyOf(items == null ? List.of() : items));
            }
            finish.accept(error);
        }));
    }

    private void handBack(final Runnable task) {
        try {
            host.execute(task);
        } catch (RejectedExecutionException e) {
            LOG.debug("{}: scheduler closed", host.nodeName(), e);
        }
    }

    private void correlate() {
        final var found = new LinkedHashMap<ItemKey, Found>();
        for (var descriptor : graph.descriptors().all()) {
            for (var item : retrieved.getOrDefault(descriptor.name(), List.of())) {
                addFound(found, item, null);
            }
        }
        retrievedCount = found.size();
        for (var item : List.copyOf(graph.items())) {
            if (trusted(item, 0)) {
                correlateItem(item, found.remove(item.key));
            }
        }
        // not desired: ours will be deleted, foreign ones only remembered (so that a later desire adopts them)
        for (var entry : found.values()) {
            final var item = graph.getOrCreate(entry.item().key());
            item.parent = entry.parent();
            final Object value = entry.item().value();
            graph.setApplied(item, value, entry.item().metadata(), graph.dependenciesOf(item, value));
            item.owned = entry.item().owned();
            if (item.owned) {
                draft.change("found, not desired:", item.key, value);
            }
        }
        for (var item : graph.items()) {
            item.clearFailure();
            item.clearPlannerReason();
        }
    }

    @SuppressWarnings("checkstyle:IllegalCatch")
    private void addFound(final Map<ItemKey, Found> found, final RetrievedItem<?> item,
            final @Nullable ItemKey parent) {
        final var key = item.key();
        if (!key.node().equals(host.nodeName()) || found.containsKey(key)) {
            return;
        }
        final var descriptor = graph.descriptors().resolve(key);
        if (descriptor == null || !descriptor.valueType().isInstance(item.value())) {
            LOG.debug("{}: retrieved {} has no descriptor taking its value; ignored", host.nodeName(), key);
            return;
        }
        found.put(key, new Found(item, parent));
        try {
            for (var derived : descriptor.derive(key, item.value())) {
                addFound(found, new RetrievedItem<>(derived.key(), derived.value(), Metadata.EMPTY, item.owned()),
                    key);
            }
        } catch (RuntimeException e) {
            LOG.warn("{}: descriptor {} failed deriving from retrieved {}", host.nodeName(), descriptor.name(), key,
                e);
        }
    }

    /** Whether the retrieval covered the item: its descriptor's and its ancestors' retrieves succeeded. */
    private boolean trusted(final Item item, final int depth) {
        final var descriptor = item.descriptor;
        if (descriptor == null || failed.contains(descriptor.name()) || depth > 64) {
            return false;
        }
        final var parentKey = item.parent;
        if (parentKey == null) {
            return true;
        }
        final var parentItem = graph.get(parentKey);
        return parentItem == null || trusted(parentItem, depth + 1);
    }

    @SuppressWarnings("checkstyle:IllegalCatch")
    private void correlateItem(final Item item, final @Nullable Found found) {
        if (found == null) {
            if (item.isApplied()) {
                draft.change("missing from the node:", item.key, null);
            }
            graph.setApplied(item, null, Metadata.EMPTY, List.of());
            item.owned = true;
            return;
        }
        final var retrievedItem = found.item();
        final var desired = item.desired;
        Object value = retrievedItem.value();
        if (desired != null && item.invalid == null) {
            boolean same;
            try {
                same = Objects.requireNonNull(item.descriptor).equivalent(desired, value);
            } catch (RuntimeException e) {
                LOG.warn("{}: descriptor {} failed comparing {}", host.nodeName(), item.descriptorName(), item.key,
                    e);
                same = false;
            }
            if (same) {
                value = desired;
            } else {
                draft.change("differs on the node:", item.key, value);
            }
        }
        graph.setApplied(item, value, retrievedItem.metadata(), graph.dependenciesOf(item, value));
        item.owned = retrievedItem.owned();
    }
}
