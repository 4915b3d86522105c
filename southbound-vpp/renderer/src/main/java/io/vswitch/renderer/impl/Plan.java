package io.vswitch.renderer.impl;

import io.vswitch.renderer.spi.ItemKey;
import java.util.List;
import java.util.Set;

/**
 * The steps that converge the items of a closure, in a sequential order that respects every edge (deletes of
 * dependents before their dependencies, creates after), and the items considered.
 *
 * @param ops every step, topologically ordered
 * @param closure the items considered: the changed ones, their derived items and everything depending on them
 * @param cyclic steps left out because their edges formed a cycle
 */
record Plan(List<Op> ops, Set<ItemKey> closure, List<Op> cyclic) {
    Plan {
        ops = List.copyOf(ops);
        cyclic = List.copyOf(cyclic);
    }
}
