package io.vswitch.renderer.impl;

import io.vswitch.renderer.api.CallRecord;
import io.vswitch.renderer.api.ErrorInfo;
import io.vswitch.renderer.api.Operation;
import io.vswitch.renderer.api.Timekeeper;
import java.time.Duration;

/**
 * What a running plan needs from its scheduler.
 */
interface PlanHost {
    String nodeName();

    /** Whether calls may still be issued on this connection. */
    boolean isCurrent(Connection connection);

    /** Runs a task on the scheduler's thread. */
    void execute(Runnable task);

    Timekeeper time();

    Duration callTimeout();

    int maxInFlight();

    ItemGraph graph();

    /** Records a failed call on its item (error, attempts, retry) and describes it. */
    ErrorInfo failed(Item item, Operation operation, Throwable cause);

    /** Describes a failure that belongs to no item (a failed retrieve). */
    ErrorInfo describe(Operation operation, Throwable cause);

    /** Records a call in the transaction log. */
    void called(CallRecord call);
}
