package io.vswitch.vpp.sim.area.l3;

import io.vswitch.vpp.api.message.l3.IpNeighborAddDel;
import io.vswitch.vpp.api.message.l3.IpNeighborDump;
import io.vswitch.vpp.api.message.l3.IpRouteAddDel;
import io.vswitch.vpp.api.message.l3.IpRouteDump;
import io.vswitch.vpp.api.message.l3.IpTableAddDel;
import io.vswitch.vpp.api.message.l3.IpTableDump;
import io.vswitch.vpp.api.message.l3.ProxyArpAddDel;
import io.vswitch.vpp.api.message.l3.ProxyArpDump;
import io.vswitch.vpp.api.message.l3.ProxyArpIntfcDump;
import io.vswitch.vpp.api.message.l3.ProxyArpIntfcEnableDisable;
import io.vswitch.vpp.sim.spi.AreaContext;
import io.vswitch.vpp.sim.spi.SimArea;
import io.vswitch.vpp.sim.spi.VppModules;

/**
 * The L3 area (modules {@code ip}, {@code ip_neighbor}, {@code arp}): IP tables, routes, neighbours, proxy ARP.
 */
public final class L3Area implements SimArea {
    /**
     * The area.
     */
    public L3Area() {
        // stateless
    }

    @Override
    public void install(final AreaContext context) {
        context.module(VppModules.IP);
        context.module(VppModules.IP_NEIGHBOR);
        context.module(VppModules.ARP);

        context.onRequest(IpTableAddDel.class, IpTableHandlers::addDel);
        context.onDump(IpTableDump.class, IpTableHandlers::dump);
        context.onRequest(IpRouteAddDel.class, IpRouteHandlers::addDel);
        context.onDump(IpRouteDump.class, IpRouteHandlers::dump);

        context.onRequest(IpNeighborAddDel.class, NeighborHandlers::addDel);
        context.onDump(IpNeighborDump.class, NeighborHandlers::dump);

        context.onRequest(ProxyArpAddDel.class, ProxyArpHandlers::addDel);
        context.onDump(ProxyArpDump.class, ProxyArpHandlers::dump);
        context.onRequest(ProxyArpIntfcEnableDisable.class, ProxyArpHandlers::enableDisable);
        context.onDump(ProxyArpIntfcDump.class, ProxyArpHandlers::interfaceDump);

        context.state().interfaces().addListener(new L3InterfaceListener(context.state()));

        final L3Cli cli = new L3Cli(context.state());
        context.cli().register("show ip fib", cli::showIp4Fib);
        context.cli().register("show ip6 fib", cli::showIp6Fib);
        context.cli().register("show ip neighbors", cli::showNeighbors);
        context.cli().register("show ip neighbor", cli::showNeighbors);
        context.cli().register("show ip table", cli::showIp4Tables);
        context.cli().register("show ip6 table", cli::showIp6Tables);
    }
}
