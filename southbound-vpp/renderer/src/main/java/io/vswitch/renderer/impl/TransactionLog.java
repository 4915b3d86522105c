package io.vswitch.renderer.impl;

import io.vswitch.renderer.api.TransactionRecord;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The last entries of the transaction log, a bounded ring; read from any thread.
 */
final class TransactionLog {
    private final int capacity;
    private final ArrayDeque<TransactionRecord> records;

    TransactionLog(final int capacity) {
        this.capacity = capacity;
        records = new ArrayDeque<>(Math.min(capacity, 1024));
    }

    synchronized void add(final TransactionRecord record) {
        if (records.size() == capacity) {
            records.removeFirst();
        }
        records.addLast(record);
    }

    synchronized List<TransactionRecord> latest(final int max) {
        final int skip = Math.max(0, records.size() - Math.max(0, max));
        final var list = new ArrayList<TransactionRecord>(records.size() - skip);
        int index = 0;
        for (var record : records) {
            if (index++ >= skip) {
                list.add(record);
            }
        }
        return List.copyOf(list);
    }
}
