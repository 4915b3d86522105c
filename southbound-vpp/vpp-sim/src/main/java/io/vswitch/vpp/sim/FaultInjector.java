package io.vswitch.vpp.sim;

import java.time.Duration;

/**
 * Misbehaviour on demand, for tests of the client and the controller. Safe to call from any thread while the
 * simulator runs; settings survive restarts until {@link #clear()}. Process-level faults (crash, restart) are
 * on {@link VppSimulator}: {@link VppSimulator#kill()} and {@link VppSimulator#restart()}.
 */
public interface FaultInjector {
    /**
     * Makes the next {@code count} requests named {@code messageName} fail: the handler does not run (no state
     * change) and the reply carries {@code retval} with every other field zero. A failed dump sends no details.
     *
     * @param messageName the VPP message name, e.g. {@code create_loopback}
     * @param count how many calls fail
     * @param retval the retval to reply with, e.g. -2
     */
    void failNext(String messageName, int count, int retval);

    /**
     * Makes the next {@code count} requests named {@code messageName} go unanswered: the handler runs (the state
     * changes) but its reply, or a dump's details, is never sent, as if lost.
     *
     * @param messageName the VPP message name
     * @param count how many replies are dropped
     */
    void dropNextReplies(String messageName, int count);

    /**
     * Drops the next reply to {@code messageName}.
     *
     * @param messageName the VPP message name
     */
    default void dropNextReply(final String messageName) {
        dropNextReplies(messageName, 1);
    }

    /**
     * Delays every reply, detail and event by {@code delay} from now on (order is kept). Requests are still
     * handled at once.
     *
     * @param delay the delay, {@link Duration#ZERO} to answer at once
     */
    void delayReplies(Duration delay);

    /**
     * Removes every pending fault and the delay.
     */
    void clear();
}
