package io.vswitch.vpp.api.client.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.Unpooled;
import io.vswitch.vpp.api.client.VppException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InFlightTableTest {
    private static PendingCall call() {
        return new PendingCall("test", Unpooled.EMPTY_BUFFER, new int[0], Duration.ofSeconds(1)) {
            @Override
            boolean accept(final Inbound inbound, final long now) {
                return true;
            }

            @Override
            void fail(final VppException cause) {
                // not used
            }
        };
    }

    @Test
    void contextsWrapAndSkipZero() {
        final InFlightTable table = new InFlightTable(4);
        table.continueAfter(-3);
        final List<Integer> contexts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            final PendingCall call = call();
            contexts.add(table.add(call));
            table.remove(call);
        }
        assertEquals(List.of(-2, -1, 1, 2), contexts);
    }

    @Test
    void skipsContextsWhoseSlotIsTaken() {
        final InFlightTable table = new InFlightTable(4);
        final PendingCall slow = call();
        final int slowContext = table.add(slow);
        final Set<Integer> contexts = new HashSet<>();
        // many calls pass while one stays in flight: none may get its context, or its slot
        for (int i = 0; i < 100; i++) {
            final PendingCall call = call();
            final int context = table.add(call);
            assertNotEquals(slowContext, context);
            assertTrue(contexts.add(context));
            assertSame(call, table.get(context));
            assertSame(slow, table.get(slowContext));
            table.remove(call);
        }
        assertEquals(1, table.size());
    }

    @Test
    void ignoresContextsNotInFlight() {
        final InFlightTable table = new InFlightTable(2);
        final PendingCall call = call();
        final int context = table.add(call);
        assertNull(table.get(context + 8), "same slot, other context");
        assertNull(table.get(0));
        table.remove(call);
        assertNull(table.get(context), "a late answer finds nothing");
        assertTrue(table.isEmpty());
    }

    @Test
    void removesMatchingCalls() {
        final InFlightTable table = new InFlightTable(8);
        final List<PendingCall> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            final PendingCall call = call();
            table.add(call);
            calls.add(call);
        }
        final List<PendingCall> removed = table.removeIf(call -> call.context() % 2 == 0);
        assertEquals(4, removed.size());
        assertEquals(4, table.size());
        assertEquals(calls.size(), table.removeIf(call -> true).size() + removed.size());
        assertTrue(table.isEmpty());
    }
}
