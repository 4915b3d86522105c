package io.vswitch.vpp.sim.area.l3;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The routes the API added to one IP table, keyed by masked prefix: O(1) per change, as the benchmark needs.
 * Implements the API source's half of {@code fib_table_entry_update} (replace the paths),
 * {@code fib_table_entry_path_add2} (add paths not already there), {@code fib_table_entry_path_remove2} (remove
 * matching paths; the last one removes the route) and {@code fib_table_entry_delete}.
 */
final class RouteTable {
    private final Map<RoutePrefix, ApiRoute> routes = new HashMap<>();
    private final Map<RoutePrefix, Integer> otherStatsIndexes = new HashMap<>();
    private final IntSupplier statsIndexes;

    /**
     * An empty table.
     *
     * @param statsIndexes hands out FIB entry indexes
     */
    RouteTable(final IntSupplier statsIndexes) {
        this.statsIndexes = statsIndexes;
    }

    @Nullable ApiRoute get(final RoutePrefix key) {
        return routes.get(key);
    }

    Collection<ApiRoute> routes() {
        return Collections.unmodifiableCollection(routes.values());
    }

    int size() {
        return routes.size();
    }

    /**
     * Replaces the API paths of a prefix, creating the route if needed.
     *
     * @param key the masked prefix
     * @param prefix the prefix as given
     * @param paths the new paths
     * @param local whether the entry is local
     * @return the route
     */
    ApiRoute update(final RoutePrefix key, final RoutePrefix prefix, final List<RoutePath> paths,
            final boolean local) {
        final ApiRoute existing = routes.get(key);
        final List<RoutePath> sorted = sorted(paths);
        final ApiRoute route = existing == null ? new ApiRoute(prefix, sorted, newStatsIndex(key), local)
            : new ApiRoute(existing.prefix(), sorted, existing.statsIndex(), local);
        routes.put(key, route);
        return route;
    }

    /**
     * Adds paths that the route does not have yet (compared without weight and preference).
     *
     * @param key the masked prefix
     * @param prefix the prefix as given
     * @param paths the paths to add
     * @param local whether the request makes the entry local
     * @return the route
     */
    ApiRoute addPaths(final RoutePrefix key, final RoutePrefix prefix, final List<RoutePath> paths,
            final boolean local) {
        final ApiRoute existing = routes.get(key);
        if (existing == null) {
            return update(key, prefix, paths, local);
        }
        final List<RoutePath> merged = new ArrayList<>(existing.paths());
        for (RoutePath path : paths) {
            if (existing.paths().stream().noneMatch(old -> old.compareIdentity(path) == 0)) {
                merged.add(path);
            }
        }
        final ApiRoute route = new ApiRoute(existing.prefix(), sorted(merged), existing.statsIndex(),
            existing.local() || local);
        routes.put(key, route);
        return route;
    }

    /**
     * Removes the first matching path for each given one; the route goes with its last path.
     *
     * @param key the masked prefix
     * @param paths the paths to remove
     */
    void removePaths(final RoutePrefix key, final List<RoutePath> paths) {
        final ApiRoute existing = routes.get(key);
        if (existing == null) {
            return;
        }
        final List<RoutePath> remaining = new ArrayList<>(existing.paths());
        for (RoutePath path : paths) {
            for (int i = 0; i < remaining.size(); i++) {
                if (remaining.get(i).compareIdentity(path) == 0) {
                    remaining.remove(i);
                    break;
                }
            }
        }
        if (remaining.isEmpty()) {
            routes.remove(key);
        } else {
            routes.put(key, new ApiRoute(existing.prefix(), remaining, existing.statsIndex(), existing.local()));
        }
    }

    void delete(final RoutePrefix key) {
        routes.remove(key);
    }

    /**
     * The FIB entry index of a prefix, stable while the table lives; an entry the API does not own gets one too.
     *
     * @param key the masked prefix
     * @return the index
     */
    int statsIndexFor(final RoutePrefix key) {
        final ApiRoute route = routes.get(key);
        if (route != null) {
            return route.statsIndex();
        }
        return otherStatsIndexes.computeIfAbsent(key, ignored -> statsIndexes.getAsInt());
    }

    private int newStatsIndex(final RoutePrefix key) {
        // an entry that another source created first keeps its index
        final Integer other = otherStatsIndexes.get(key);
        return other != null ? other : statsIndexes.getAsInt();
    }

    private static List<RoutePath> sorted(final List<RoutePath> paths) {
        if (paths.size() < 2) {
            return paths;
        }
        final List<RoutePath> copy = new ArrayList<>(paths);
        copy.sort(RoutePath.ORDER);
        return copy;
    }
}
