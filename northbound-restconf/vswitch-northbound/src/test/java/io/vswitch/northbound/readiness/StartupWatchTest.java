package io.vswitch.northbound.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StartupWatchTest {
    private static final Requirement PASSWORD = new Requirement("Password", "password-bundle", "password");
    private static final Requirement SHIRO = new Requirement("Shiro", null, "shiro");
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    private final Set<String> present = new HashSet<>();
    private final StartupWatch watch = new StartupWatch(List.of(PASSWORD, SHIRO), Duration.ofSeconds(20), 2, T0);

    private List<StartupAction> tickAt(final int seconds) {
        return watch.tick(T0.plusSeconds(seconds), present::contains);
    }

    @Test
    void readyOnceWhenEverythingIsPresent() {
        assertEquals(List.of(), tickAt(1));
        present.addAll(Set.of("Password", "Shiro"));
        assertEquals(List.of(new StartupAction.Ready(Duration.ofSeconds(5))), tickAt(5));
        assertTrue(watch.finished());
        assertEquals(List.of(), tickAt(6));
    }

    @Test
    void restartsTheBootstrapBundleOnlyAfterPatience() {
        assertEquals(List.of(), tickAt(19));
        assertEquals(List.of(new StartupAction.RestartBundle("password-bundle", PASSWORD, 1)), tickAt(20));
        assertEquals(List.of(), tickAt(30));
        present.addAll(Set.of("Password", "Shiro"));
        assertEquals(List.of(new StartupAction.Ready(Duration.ofSeconds(31))), tickAt(31));
    }

    @Test
    void givesUpAfterTheLastRestart() {
        assertEquals(List.of(new StartupAction.RestartBundle("password-bundle", PASSWORD, 1)), tickAt(20));
        assertEquals(List.of(new StartupAction.RestartBundle("password-bundle", PASSWORD, 2)), tickAt(40));
        assertEquals(List.of(new StartupAction.GiveUp(List.of(PASSWORD, SHIRO))), tickAt(60));
        assertTrue(watch.finished());
    }

    @Test
    void requirementWithoutBundleIsWaitedForUntilTheOverallDeadline() {
        present.add("Password");
        assertEquals(List.of(), tickAt(60));
        assertEquals(List.of(new StartupAction.GiveUp(List.of(SHIRO))), tickAt(80));
    }
}
