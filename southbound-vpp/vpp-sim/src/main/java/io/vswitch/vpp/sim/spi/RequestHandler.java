package io.vswitch.vpp.sim.spi;

import io.vswitch.vpp.api.definition.VppReply;
import io.vswitch.vpp.api.definition.VppRequest;

/**
 * Handles a request and produces its one reply. Runs on the simulator thread; must not block.
 * A handler may throw {@link VppError} instead of building a reply whose only content is a retval.
 *
 * @param <Q> the request type
 * @param <R> the reply type
 */
@FunctionalInterface
public interface RequestHandler<Q extends VppRequest<R>, R extends VppReply> {
    /**
     * Handles the request.
     *
     * @param request the decoded request
     * @param call who asked, and the state
     * @return the reply (its retval 0 or a VPP error)
     * @throws VppError to answer with a reply carrying only that retval
     */
    R handle(Q request, SimCall call);
}
