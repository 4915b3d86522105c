package io.vswitch.northbound.readiness;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Decides, from the services present at each tick, whether the controller is ready, whether a start-up component
 * must be restarted, or whether to give up. It holds no OSGi state, so the policy is testable on its own.
 *
 * <p>Why: after an unclean stop, AAA's password-service bootstrap sometimes registers its datastore listener and
 * never receives the initial data notification; PasswordHashService, the IDM store and Shiro then never start and
 * RESTCONF answers 401 forever. Restarting the bootstrap's bundle registers a fresh listener, which does get its
 * notification.
 */
final class StartupWatch {
    private final List<Requirement> requirements;
    private final Duration patience;
    private final int maxRestarts;
    private final Instant start;
    private final Map<Requirement, Instant> lastAttempt = new HashMap<>();
    private final Map<Requirement, Integer> attempts = new HashMap<>();
    private boolean finished;

    StartupWatch(final List<Requirement> requirements, final Duration patience, final int maxRestarts,
            final Instant start) {
        this.requirements = List.copyOf(requirements);
        this.patience = patience;
        this.maxRestarts = maxRestarts;
        this.start = start;
    }

    boolean finished() {
        return finished;
    }

    List<StartupAction> tick(final Instant now, final Predicate<String> servicePresent) {
        if (finished) {
            return List.of();
        }
        final List<Requirement> missing = requirements.stream()
            .filter(req -> !servicePresent.test(req.serviceClass()))
            .toList();
        if (missing.isEmpty()) {
            finished = true;
            return List.of(new StartupAction.Ready(Duration.between(start, now)));
        }

        final List<StartupAction> actions = new ArrayList<>();
        boolean exhausted = false;
        for (Requirement req : missing) {
            final String bundle = req.bootstrapBundle();
            if (bundle == null) {
                continue;
            }
            final Instant since = lastAttempt.getOrDefault(req, start);
            if (Duration.between(since, now).compareTo(patience) < 0) {
                continue;
            }
            final int attempt = attempts.getOrDefault(req, 0) + 1;
            if (attempt > maxRestarts) {
                exhausted = true;
                continue;
            }
            attempts.put(req, attempt);
            lastAttempt.put(req, now);
            actions.add(new StartupAction.RestartBundle(bundle, req, attempt));
        }

        final Duration overall = patience.multipliedBy(maxRestarts + 2L);
        if (exhausted || Duration.between(start, now).compareTo(overall) >= 0) {
            finished = true;
            actions.add(new StartupAction.GiveUp(missing));
        }
        return actions;
    }
}
