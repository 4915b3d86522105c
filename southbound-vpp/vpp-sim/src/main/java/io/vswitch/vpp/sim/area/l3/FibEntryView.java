package io.vswitch.vpp.sim.area.l3;

import java.util.List;

/**
 * One FIB entry as dumps and the CLI show it: the prefix as first created, the source that wins, and its paths.
 *
 * @param prefix the prefix, host bits as given
 * @param source the best source
 * @param paths the best source's paths
 * @param statsIndex the entry index
 */
record FibEntryView(RoutePrefix prefix, FibSource source, List<RoutePath> paths, int statsIndex) {
    /**
     * Copies the paths.
     */
    FibEntryView {
        paths = List.copyOf(paths);
    }
}
