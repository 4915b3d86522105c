package io.vswitch.vpp.sim.area.l3;

import io.vswitch.vpp.api.codec.VppErrno;
import io.vswitch.vpp.api.message.l3.ProxyArp;
import io.vswitch.vpp.api.message.l3.ProxyArpAddDel;
import io.vswitch.vpp.api.message.l3.ProxyArpAddDelReply;
import io.vswitch.vpp.api.message.l3.ProxyArpDetails;
import io.vswitch.vpp.api.message.l3.ProxyArpDump;
import io.vswitch.vpp.api.message.l3.ProxyArpIntfcDetails;
import io.vswitch.vpp.api.message.l3.ProxyArpIntfcDump;
import io.vswitch.vpp.api.message.l3.ProxyArpIntfcEnableDisable;
import io.vswitch.vpp.api.message.l3.ProxyArpIntfcEnableDisableReply;
import io.vswitch.vpp.sim.area.ApiTypes;
import io.vswitch.vpp.sim.spi.SimCall;
import java.nio.ByteBuffer;
import java.util.function.Consumer;

/**
 * {@code proxy_arp_add_del}, {@code proxy_arp_dump}, {@code proxy_arp_intfc_enable_disable} and
 * {@code proxy_arp_intfc_dump} ({@code arp_api.c}, {@code arp_proxy.c}): ranges need an existing IPv4 table
 * (NO_SUCH_FIB), deleting an unknown range answers NO_SUCH_ENTRY, the range is not checked (low may exceed high).
 */
final class ProxyArpHandlers {
    private ProxyArpHandlers() {
        // handlers only
    }

    static ProxyArpAddDelReply addDel(final ProxyArpAddDel request, final SimCall call) {
        final ProxyArp proxy = request.proxy();
        if (!call.state().ipTables().exists(false, proxy.tableId())) {
            return new ProxyArpAddDelReply(VppErrno.NO_SUCH_FIB.value());
        }
        final boolean done = L3State.of(call.state()).proxyArp().addDel(
            new ProxyArpTable.Range(proxy.tableId(), ip4(proxy.low()), ip4(proxy.hi())),
            request.isAdd());
        return new ProxyArpAddDelReply(done ? 0 : VppErrno.NO_SUCH_ENTRY.value());
    }

    static void dump(final ProxyArpDump request, final SimCall call, final Consumer<ProxyArpDetails> out) {
        L3State.of(call.state()).proxyArp().ranges().forEach(range -> out.accept(new ProxyArpDetails(
            new ProxyArp(range.tableId(), bytes(range.low()), bytes(range.high())))));
    }

    static ProxyArpIntfcEnableDisableReply enableDisable(final ProxyArpIntfcEnableDisable request,
            final SimCall call) {
        final int swIfIndex = ApiTypes.requireInterface(call.state(), request.swIfIndex()).swIfIndex();
        L3State.of(call.state()).proxyArp().setEnabled(swIfIndex, request.enable());
        return new ProxyArpIntfcEnableDisableReply(0);
    }

    static void interfaceDump(final ProxyArpIntfcDump request, final SimCall call,
            final Consumer<ProxyArpIntfcDetails> out) {
        L3State.of(call.state()).proxyArp().enabled().forEach(swIfIndex -> out.accept(
            new ProxyArpIntfcDetails(swIfIndex)));
    }

    private static int ip4(final byte[] address) {
        return ByteBuffer.wrap(address).getInt();
    }

    private static byte[] bytes(final int address) {
        return ByteBuffer.allocate(Integer.BYTES).putInt(address).array();
    }
}
