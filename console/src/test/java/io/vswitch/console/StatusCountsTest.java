package io.vswitch.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.ItemState;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.item.status.Status;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.item.status.StatusBuilder;

class StatusCountsTest {
    private static Status status(final ItemState state) {
        return new StatusBuilder().setState(state).build();
    }

    @Test
    void countsEveryStateThatOccursAppliedAlways() {
        final List<Status> statuses = new ArrayList<>();
        statuses.add(status(ItemState.Failed));
        statuses.add(status(ItemState.Applied));
        statuses.add(null);
        statuses.add(new StatusBuilder().build());
        statuses.add(status(ItemState.Applied));
        assertEquals("5 routes: 2 applied, 1 failed, 2 unknown", StatusCounts.of("route", "routes", statuses));
        assertEquals("1 route: 0 applied, 1 pending",
            StatusCounts.of("route", "routes", List.of(status(ItemState.Pending))));
        assertEquals("0 routes: 0 applied", StatusCounts.of("route", "routes", List.of()));
        assertEquals("2 routes: 0 applied, 2 unknown",
            StatusCounts.of("route", "routes", Collections.nCopies(2, null)));
    }

    @Test
    void listingSaysWhenRowsWereLeftOut() {
        final Listing<String> all = new Listing<>(List.of("a", "b"), 2, "2 routes: 2 applied");
        assertFalse(all.truncated());
        final Listing<String> first = new Listing<>(List.of("a"), 3, "3 routes: 3 applied");
        assertTrue(first.truncated());
        assertEquals("Showing the first 1 of 3 routes; vswitch:routes -a lists them all.",
            first.truncation("routes", "vswitch:routes -a"));
        assertThrows(UnsupportedOperationException.class, () -> first.rows().add("b"));
    }
}
