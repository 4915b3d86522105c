package io.vswitch.renderer.odl.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link StateRefresher}'s writes across a disconnection: a successor that takes over within the grace writes only
 * what changed; without one, the states are removed when the grace ends.
 */
class StateRefresherTest {
    private static final Map<String, Integer> STATES = Map.of("a", 1, "b", 2);

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final List<String> writes = new CopyOnWriteArrayList<>();

    @AfterEach
    void tearDown() {
        executor.shutdownNow();
    }

    @Test
    void aSuccessorWithinTheGraceRewritesNothingThatStayedTheSame() throws Exception {
        final Recorder first = new Recorder(Map.of("a", 1, "b", 2));
        first.start();
        settle();
        assertEquals(List.of("changed " + STATES.keySet().stream().sorted().toList() + " removed []"), writes);

        first.closeAfter(Duration.ofMillis(300));
        final Recorder second = new Recorder(Map.of("a", 1, "b", 3));
        second.takeOver(first);
        second.start();
        settle();
        afterGrace(Duration.ofMillis(300));
        // only b changed; nothing was removed, not even when the first one's grace ended
        assertEquals(List.of("changed [a, b] removed []", "changed [b] removed []"), writes);

        second.close();
        settle();
        assertEquals("changed [] removed [a, b]", writes.get(writes.size() - 1));
    }

    @Test
    void withoutSuccessorTheStatesGoWhenTheGraceEnds() throws Exception {
        final Recorder only = new Recorder(STATES);
        only.start();
        settle();
        only.closeAfter(Duration.ofMillis(200));
        settle();
        assertEquals(1, writes.size(), writes::toString);
        afterGrace(Duration.ofMillis(200));
        assertEquals(List.of("changed [a, b] removed []", "changed [] removed [a, b]"), writes);
    }

    /**
     * Waits until the refreshers' thread has run everything due within the grace (the removal scheduled by
     * closeAfter among it): a task due just after it on the same single thread runs after it.
     */
    private void afterGrace(final Duration grace) throws Exception {
        executor.schedule(() -> { }, grace.toMillis() + 1, TimeUnit.MILLISECONDS).get(5, TimeUnit.SECONDS);
        settle();
    }

    /** Waits until the executor has run what was queued (twice: a read's results are processed in a second task). */
    private void settle() throws Exception {
        for (int i = 0; i < 3; i++) {
            executor.submit(() -> { }).get(5, TimeUnit.SECONDS);
        }
    }

    private final class Recorder extends StateRefresher<String, Integer> {
        private final Map<String, Integer> states;

        Recorder(final Map<String, Integer> states) {
            super("vpp1", new Schedule(executor, Duration.ofMillis(1), Duration.ofHours(1),
                () -> CompletableFuture.completedFuture(null)));
            this.states = states;
        }

        @Override
        protected CompletionStage<Map<String, Integer>> read() {
            return CompletableFuture.completedFuture(states);
        }

        @Override
        protected void write(final Map<String, Integer> changed, final Set<String> removed,
                final Runnable onFailure) {
            writes.add("changed " + changed.keySet().stream().sorted().toList() + " removed "
                + removed.stream().sorted().toList());
        }
    }
}
