package io.vswitch.vpp.sim.area.l3;

import java.util.List;

/**
 * What the API source ({@code FIB_SOURCE_API}) contributes to one FIB entry.
 *
 * @param prefix the prefix as first given
 * @param paths the paths, in VPP's order ({@link RoutePath#ORDER})
 * @param statsIndex the entry's index, returned as {@code stats_index}
 * @param local whether the source's entry flags include LOCAL (paths removed later get the LOCAL fixup)
 */
record ApiRoute(RoutePrefix prefix, List<RoutePath> paths, int statsIndex, boolean local) {
    /**
     * Copies the paths.
     */
    ApiRoute {
        paths = List.copyOf(paths);
    }
}
