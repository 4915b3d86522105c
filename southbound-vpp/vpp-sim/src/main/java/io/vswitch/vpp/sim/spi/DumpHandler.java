package io.vswitch.vpp.sim.spi;

import io.vswitch.vpp.api.definition.VppDetails;
import io.vswitch.vpp.api.definition.VppDump;
import java.util.function.Consumer;

/**
 * Handles a dump: sends zero or more details. The client closes the stream with {@code control_ping}, whose
 * reply follows the details because requests are handled in order. Runs on the simulator thread.
 *
 * @param <Q> the dump request type
 * @param <D> the details type
 */
@FunctionalInterface
public interface DumpHandler<Q extends VppDump<D>, D extends VppDetails> {
    /**
     * Handles the dump.
     *
     * @param request the decoded dump request
     * @param call who asked, and the state
     * @param details receives each details message, in the order they go out
     */
    void handle(Q request, SimCall call, Consumer<D> details);
}
