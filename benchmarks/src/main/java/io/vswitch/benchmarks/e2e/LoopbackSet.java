package io.vswitch.benchmarks.e2e;

import java.io.IOException;

/**
 * Loopbacks {@code loop0} to {@code loop<size-1>}, written as one PUT of the node's interfaces container.
 */
final class LoopbackSet implements ItemSet {
    private final Loopbacks loopbacks;
    private final VppInspector inspector;
    private final int size;

    LoopbackSet(final Loopbacks loopbacks, final VppInspector inspector, final int size) {
        this.loopbacks = loopbacks;
        this.inspector = inspector;
        this.size = size;
    }

    @Override
    public String label() {
        return Report.count(size) + "_loopbacks";
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void write() throws IOException, InterruptedException {
        loopbacks.replaceAll(size);
    }

    @Override
    public void clear() throws IOException, InterruptedException {
        loopbacks.deleteAll();
    }

    @Override
    public ListStatus statuses() {
        return loopbacks.statuses();
    }

    @Override
    public VppCheck checkVpp() throws IOException, InterruptedException {
        final VppCount count = inspector.loopbacks();
        // complete when every interface has both its items: the loopback (tagged) and its admin state (up)
        return new VppCheck(count.tagged(), count.all(size), count.toString());
    }
}
