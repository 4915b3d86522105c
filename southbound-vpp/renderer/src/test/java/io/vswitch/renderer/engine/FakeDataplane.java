package io.vswitch.renderer.engine;

import io.vswitch.renderer.api.Operation;
import io.vswitch.renderer.spi.ItemKey;
import io.vswitch.renderer.spi.Metadata;
import io.vswitch.renderer.spi.MetadataKey;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * An in-memory stand-in for a dataplane, strict like VPP: creating what exists, or what needs something absent,
 * fails; deleting what something else still uses fails. Calls can be held (answered later, in order, by the test),
 * and failures injected per call.
 */
final class FakeDataplane {
    static final MetadataKey<Integer> INDEX = MetadataKey.of("index", Integer.class);

    record Entry(Object value, boolean owned, Set<ItemKey> requires, int index) {
    }

    private record Held(CompletableFuture<Object> future, Supplier<Object> action, RuntimeException failure) {
    }

    private final Map<ItemKey, Entry> state = new LinkedHashMap<>();
    private final Map<ItemKey, Set<ItemKey>> users = new HashMap<>();
    private final List<String> calls = new ArrayList<>();
    private final Map<String, ArrayDeque<RuntimeException>> injected = new HashMap<>();
    private final Map<String, RuntimeException> persistent = new HashMap<>();
    private final List<Held> held = new ArrayList<>();
    private boolean holding;
    private int nextIndex = 1;

    CompletionStage<Metadata> create(final ItemKey key, final Object value, final Set<ItemKey> requires) {
        return call(Operation.CREATE, key, () -> {
            if (state.containsKey(key)) {
                throw FakeVppException.permanent(-17, key + " already exists");
            }
            for (var required : requires) {
                if (!state.containsKey(required)) {
                    throw FakeVppException.permanent(-2, key + " needs " + required);
                }
            }
            final int index = nextIndex++;
            store(key, new Entry(value, true, Set.copyOf(requires), index));
            return Metadata.of(INDEX, index);
        });
    }

    CompletionStage<Void> delete(final ItemKey key) {
        return call(Operation.DELETE, key, () -> {
            if (!state.containsKey(key)) {
                throw FakeVppException.permanent(-2, key + " does not exist");
            }
            final var usedBy = users.getOrDefault(key, Set.of());
            if (!usedBy.isEmpty()) {
                throw FakeVppException.permanent(-3, key + " is in use by " + usedBy);
            }
            unstore(key);
            return null;
        });
    }

    CompletionStage<Metadata> update(final ItemKey key, final Object value, final Set<ItemKey> requires) {
        return call(Operation.UPDATE, key, () -> {
            final var entry = state.get(key);
            if (entry == null) {
                throw FakeVppException.permanent(-2, key + " does not exist");
            }
            for (var required : requires) {
                if (!state.containsKey(required)) {
                    throw FakeVppException.permanent(-2, key + " needs " + required);
                }
            }
            unstore(key);
            store(key, new Entry(value, entry.owned(), Set.copyOf(requires), entry.index()));
            return Metadata.of(INDEX, entry.index());
        });
    }

    private void store(final ItemKey key, final Entry entry) {
        state.put(key, entry);
        for (var required : entry.requires()) {
            users.computeIfAbsent(required, k -> new HashSet<>()).add(key);
        }
    }

    private void unstore(final ItemKey key) {
        final var entry = state.remove(key);
        if (entry != null) {
            for (var required : entry.requires()) {
                final var set = users.get(required);
                if (set != null) {
                    set.remove(key);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private <T> CompletionStage<T> call(final Operation op, final ItemKey key, final Supplier<T> action) {
        final var future = new CompletableFuture<Object>();
        final RuntimeException failure;
        synchronized (this) {
            final var name = op + " " + key;
            calls.add(name);
            final var queue = injected.get(name);
            final var once = queue == null ? null : queue.poll();
            failure = once != null ? once : persistent.get(name);
            if (holding) {
                held.add(new Held(future, (Supplier<Object>) action, failure));
                return (CompletionStage<T>) (CompletionStage<?>) future;
            }
        }
        run(future, (Supplier<Object>) action, failure);
        return (CompletionStage<T>) (CompletionStage<?>) future;
    }

    @SuppressWarnings("checkstyle:IllegalCatch")
    private void run(final CompletableFuture<Object> future, final Supplier<Object> action,
            final RuntimeException failure) {
        try {
            if (failure != null) {
                throw failure;
            }
            final Object result;
            synchronized (this) {
                result = action.get();
            }
            future.complete(result);
        } catch (RuntimeException e) {
            future.completeExceptionally(e);
        }
    }

    /** Fails the next call of this operation on this key, once per error given. */
    synchronized void failNext(final Operation op, final ItemKey key, final RuntimeException... errors) {
        final var queue = injected.computeIfAbsent(op + " " + key, k -> new ArrayDeque<>());
        queue.addAll(List.of(errors));
    }

    /** Fails every call of this operation on this key. */
    synchronized void failAlways(final Operation op, final ItemKey key, final RuntimeException error) {
        persistent.put(op + " " + key, error);
    }

    synchronized void stopFailing(final Operation op, final ItemKey key) {
        persistent.remove(op + " " + key);
        injected.remove(op + " " + key);
    }

    synchronized void hold(final boolean hold) {
        holding = hold;
    }

    synchronized int heldCount() {
        return held.size();
    }

    /** Answers the oldest held calls, in order. */
    void release(final int count) {
        final List<Held> batch;
        synchronized (this) {
            final int n = Math.min(count, held.size());
            batch = new ArrayList<>(held.subList(0, n));
            held.subList(0, n).clear();
        }
        for (var call : batch) {
            run(call.future(), call.action(), call.failure());
        }
    }

    void releaseAll() {
        release(Integer.MAX_VALUE);
    }

    /** Does every held call but fails its answer, like a session that died after the dataplane acted. */
    void failHeldAfterDoing(final RuntimeException error) {
        final List<Held> batch;
        synchronized (this) {
            batch = new ArrayList<>(held);
            held.clear();
        }
        for (var call : batch) {
            final var ignored = new CompletableFuture<Object>();
            run(ignored, call.action(), call.failure());
            call.future().completeExceptionally(error);
        }
    }

    /** Fails every held call without doing it, like a session that died. */
    void failHeld(final RuntimeException error) {
        final List<Held> batch;
        synchronized (this) {
            batch = new ArrayList<>(held);
            held.clear();
        }
        for (var call : batch) {
            call.future().completeExceptionally(error);
        }
    }

    /** Puts an item in the dataplane behind the controller's back. */
    synchronized void seed(final ItemKey key, final Object value, final boolean owned, final Set<ItemKey> requires) {
        unstore(key);
        store(key, new Entry(value, owned, Set.copyOf(requires), nextIndex++));
    }

    /** Removes an item behind the controller's back (with whatever needs it). */
    synchronized void removeBehindBack(final ItemKey key) {
        for (var user : List.copyOf(users.getOrDefault(key, Set.of()))) {
            removeBehindBack(user);
        }
        unstore(key);
    }

    /** The dataplane restarted: empty. */
    synchronized void restart() {
        state.clear();
        users.clear();
    }

    synchronized Map<ItemKey, Entry> snapshot() {
        return Map.copyOf(state);
    }

    synchronized Set<ItemKey> usersOf(final ItemKey key) {
        return Set.copyOf(users.getOrDefault(key, Set.of()));
    }

    synchronized Set<ItemKey> keys() {
        return Set.copyOf(state.keySet());
    }

    synchronized Entry entry(final ItemKey key) {
        return state.get(key);
    }

    synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    synchronized long count(final Operation op) {
        return calls.stream().filter(c -> c.startsWith(op.name() + " ")).count();
    }

    synchronized void clearCalls() {
        calls.clear();
    }
}
