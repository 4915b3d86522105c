package io.vswitch.northbound.readiness;

import java.time.Duration;
import java.util.List;

/**
 * What {@link StartupWatch} decides on one tick.
 */
sealed interface StartupAction {
    /**
     * Every requirement is present.
     */
    record Ready(Duration startedIn) implements StartupAction {
    }

    /**
     * A requirement is still missing after the allowed time: restart the bundle that creates it.
     */
    record RestartBundle(String bundle, Requirement missing, int attempt) implements StartupAction {
    }

    /**
     * Recovery did not help: nothing more will be tried.
     */
    record GiveUp(List<Requirement> missing) implements StartupAction {
    }
}
