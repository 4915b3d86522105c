package io.vswitch.renderer.impl;

import io.vswitch.renderer.api.Operation;
import io.vswitch.renderer.spi.Dependency;
import io.vswitch.renderer.spi.ItemKey;
import io.vswitch.renderer.spi.UpdatePolicy;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns changed items into a plan. For every item of the closure (the changed items and, transitively, everything
 * depending on them) it decides the item's fate from the graph, as if every call were to succeed: an item can
 * exist when it is desired, valid, has a descriptor, and all its dependencies can exist. Then it links the steps:
 * a create or update waits for the creates of the item's dependencies; a delete waits for the deletes (or
 * releasing updates) of the items created on top of it; a recreate is a delete followed by a create.
 */
final class Planner {
    private static final Logger LOG = LoggerFactory.getLogger(Planner.class);

    enum Fate {
        NONE,
        CREATE,
        DELETE,
        RECREATE,
        UPDATE,
        VALUE_ONLY
    }

    private final ItemGraph graph;
    private final Set<ItemKey> closure;
    private final Map<ItemKey, Boolean> canExist = new HashMap<>();
    private final Map<ItemKey, Fate> fates = new HashMap<>();
    private final Map<ItemKey, String> notes = new HashMap<>();
    private final Set<ItemKey> visiting = new HashSet<>();

    private Planner(final ItemGraph graph, final Set<ItemKey> closure) {
        this.graph = graph;
        this.closure = closure;
    }

    /**
     * Plans the convergence of changed items.
     *
     * @param graph the graph, with desired values already changed
     * @param changed the changed keys
     * @return the plan
     */
    static Plan plan(final ItemGraph graph, final Collection<ItemKey> changed) {
        final var planner = new Planner(graph, closureOf(graph, changed));
        return planner.build();
    }

    private static Set<ItemKey> closureOf(final ItemGraph graph, final Collection<ItemKey> changed) {
        final var closure = new LinkedHashSet<ItemKey>();
        final var work = new ArrayDeque<>(changed);
        while (!work.isEmpty()) {
            final var key = work.poll();
            if (!closure.add(key)) {
                continue;
            }
            work.addAll(graph.dependentsOf(key));
            final var item = graph.get(key);
            if (item != null) {
                // an unwanted dependency whose removal waited for this item
                for (var dep : item.appliedDeps) {
                    final var depItem = graph.get(dep.key());
                    if (depItem != null && !depItem.isDesired() && depItem.isApplied()) {
                        work.add(dep.key());
                    }
                }
            }
        }
        return closure;
    }

    private Plan build() {
        for (var key : closure) {
            evaluate(key);
        }
        final var creates = new LinkedHashMap<ItemKey, Op>();
        final var deletes = new LinkedHashMap<ItemKey, Op>();
        final var updates = new LinkedHashMap<ItemKey, Op>();
        for (var key : closure) {
            final var fate = fates.getOrDefault(key, Fate.NONE);
            if (fate == Fate.NONE) {
                continue;
            }
            final var item = Objects.requireNonNull(graph.get(key));
            final var note = notes.getOrDefault(key, "");
            switch (fate) {
                case CREATE -> creates.put(key, new Op(Operation.CREATE, item, false, note));
                case DELETE -> deletes.put(key, new Op(Operation.DELETE, item, false, note));
                case RECREATE -> {
                    final var delete = new Op(Operation.DELETE, item, false, note);
                    final var create = new Op(Operation.CREATE, item, false, note);
                    delete.before(create);
                    deletes.put(key, delete);
                    creates.put(key, create);
                }
                case UPDATE -> updates.put(key, new Op(Operation.UPDATE, item, false, note));
                case VALUE_ONLY -> updates.put(key, new Op(Operation.UPDATE, item, true, "no call needed"));
                default -> throw new IllegalStateException(fate.name());
            }
        }
        for (var op : creates.values()) {
            linkToDependencies(op, creates);
        }
        for (var op : updates.values()) {
            linkToDependencies(op, creates);
        }
        for (var op : deletes.values()) {
            for (var dependent : graph.appliedDependentsOf(op.item.key)) {
                final var first = deletes.containsKey(dependent) ? deletes.get(dependent) : updates.get(dependent);
                if (first != null && first != op) {
                    first.before(op);
                }
            }
        }
        final var all = new ArrayList<Op>(creates.size() + deletes.size() + updates.size());
        all.addAll(deletes.values());
        all.addAll(updates.values());
        all.addAll(creates.values());
        return order(all);
    }

    private static void linkToDependencies(final Op op, final Map<ItemKey, Op> creates) {
        for (var dep : op.item.desiredDeps) {
            final var create = creates.get(dep.key());
            if (create != null && create != op) {
                create.before(op);
            }
        }
    }

    /** Kahn's algorithm, deletes first among the ready steps; steps left over sit on a cycle. */
    private Plan order(final List<Op> all) {
        final var deletes = new ArrayDeque<Op>();
        final var updates = new ArrayDeque<Op>();
        final var creates = new ArrayDeque<Op>();
        for (var op : all) {
            op.orderWaits = op.waits;
            if (op.waits == 0) {
                queueFor(op, deletes, updates, creates).add(op);
            }
        }
        final var ordered = new ArrayList<Op>(all.size());
        while (!deletes.isEmpty() || !updates.isEmpty() || !creates.isEmpty()) {
            final var op = !deletes.isEmpty() ? deletes.poll() : !updates.isEmpty() ? updates.poll() : creates.poll();
            ordered.add(op);
            for (var successor : op.next) {
                if (--successor.orderWaits == 0) {
                    queueFor(successor, deletes, updates, creates).add(successor);
                }
            }
        }
        final var cyclic = new ArrayList<Op>();
        if (ordered.size() < all.size()) {
            final var placed = new HashSet<>(ordered);
            for (var op : all) {
                if (!placed.contains(op)) {
                    cyclic.add(op);
                    op.state = Op.State.SKIPPED;
                    op.item.plannerReason = "its steps form a cycle with other items' steps";
                }
            }
            LOG.warn("{} steps sit on a cycle and are left out: {}", cyclic.size(), cyclic);
        }
        return new Plan(ordered, closure, cyclic);
    }

    private static ArrayDeque<Op> queueFor(final Op op, final ArrayDeque<Op> deletes, final ArrayDeque<Op> updates,
            final ArrayDeque<Op> creates) {
        return switch (op.operation) {
            case DELETE -> deletes;
            case UPDATE -> updates;
            default -> creates;
        };
    }

    /** Whether the item can exist once the plan has run, deciding its fate on the way. */
    private boolean evaluate(final ItemKey key) {
        final var known = canExist.get(key);
        if (known != null) {
            return known;
        }
        final var item = graph.get(key);
        if (item == null) {
            return false;
        }
        if (!closure.contains(key)) {
            return item.isUsable();
        }
        if (item.descriptor == null) {
            // nobody can call anything on it: what the node has of it stays, and counts for its dependents
            fates.put(key, Fate.NONE);
            canExist.put(key, item.isUsable());
            return item.isUsable();
        }
        if (!visiting.add(key)) {
            return false;
        }
        item.clearPlannerReason();
        boolean want = item.isDesired() && item.invalid == null;
        if (want) {
            for (var dep : item.desiredDeps) {
                if (!evaluate(dep.key())) {
                    want = false;
                    if (visiting.contains(dep.key())) {
                        item.plannerReason = "dependency cycle through " + dep.label();
                    }
                    break;
                }
            }
        }
        visiting.remove(key);
        fates.put(key, fate(item, want));
        canExist.put(key, want);
        return want;
    }

    private Fate fate(final Item item, final boolean want) {
        if (!item.isApplied()) {
            return want ? Fate.CREATE : Fate.NONE;
        }
        if (!want) {
            // what is not ours and not desired stays where it is; the graph only remembers it
            return item.owned || item.isDesired() ? Fate.DELETE : Fate.NONE;
        }
        final boolean same = Objects.equals(item.applied, item.desired);
        final var policy = same ? UpdatePolicy.NOOP : policy(item);
        if (policy == UpdatePolicy.RECREATE) {
            notes.put(item.key, "recreate: value changed");
            return Fate.RECREATE;
        }
        for (Dependency dep : item.desiredDeps) {
            if (fates.get(dep.key()) == Fate.RECREATE && dependsOnApplied(item, dep.key())) {
                notes.put(item.key, "recreate: " + dep.label() + " is recreated");
                return Fate.RECREATE;
            }
        }
        if (policy == UpdatePolicy.UPDATE_IN_PLACE) {
            return Fate.UPDATE;
        }
        return same ? Fate.NONE : Fate.VALUE_ONLY;
    }

    private static boolean dependsOnApplied(final Item item, final ItemKey key) {
        for (var dep : item.appliedDeps) {
            if (dep.key().equals(key)) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("checkstyle:IllegalCatch")
    private static UpdatePolicy policy(final Item item) {
        final var descriptor = Objects.requireNonNull(item.descriptor);
        try {
            return Objects.requireNonNull(descriptor.updatePolicy(Objects.requireNonNull(item.applied),
                Objects.requireNonNull(item.desired)));
        } catch (RuntimeException e) {
            LOG.warn("descriptor {} failed on updatePolicy for {}; recreating", descriptor.name(), item.key, e);
            return UpdatePolicy.RECREATE;
        }
    }
}
