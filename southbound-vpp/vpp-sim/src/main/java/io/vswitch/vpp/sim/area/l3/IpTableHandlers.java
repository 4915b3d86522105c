package io.vswitch.vpp.sim.area.l3;

import io.vswitch.vpp.api.message.l3.IpTable;
import io.vswitch.vpp.api.message.l3.IpTableAddDel;
import io.vswitch.vpp.api.message.l3.IpTableAddDelReply;
import io.vswitch.vpp.api.message.l3.IpTableDetails;
import io.vswitch.vpp.api.message.l3.IpTableDump;
import io.vswitch.vpp.sim.spi.SimCall;
import io.vswitch.vpp.sim.state.IpTables;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code ip_table_add_del} (always retval 0, as in VPP: table 0 and unknown tables are ignored) and
 * {@code ip_table_dump} (IPv4 tables, then IPv6, each by fib index).
 */
final class IpTableHandlers {
    private IpTableHandlers() {
        // handlers only
    }

    static IpTableAddDelReply addDel(final IpTableAddDel request, final SimCall call) {
        final IpTable table = request.table();
        if (request.isAdd()) {
            TableLifecycle.apiAdd(call.state(), table.isIp6(), table.tableId(), table.name());
        } else {
            TableLifecycle.apiDelete(call.state(), table.isIp6(), table.tableId());
        }
        return new IpTableAddDelReply(0);
    }

    static void dump(final IpTableDump request, final SimCall call, final Consumer<IpTableDetails> out) {
        for (boolean ip6 : new boolean[] {false, true}) {
            final List<IpTables.IpTable> tables = new ArrayList<>(call.state().ipTables().all(ip6));
            tables.sort(Comparator.comparingInt(IpTables.IpTable::fibIndex));
            tables.forEach(table -> out.accept(new IpTableDetails(
                new IpTable(table.tableId(), table.ip6(), table.name()))));
        }
    }
}
