package io.vswitch.vpp.sim.area.l2;

import io.vswitch.vpp.api.message.l2.BdIpMacAddDel;
import io.vswitch.vpp.api.message.l2.BdIpMacDump;
import io.vswitch.vpp.api.message.l2.BridgeDomainAddDelV2;
import io.vswitch.vpp.api.message.l2.BridgeDomainDump;
import io.vswitch.vpp.api.message.l2.BridgeFlags;
import io.vswitch.vpp.api.message.l2.L2FibTableDump;
import io.vswitch.vpp.api.message.l2.L2XconnectDump;
import io.vswitch.vpp.api.message.l2.L2fibAddDel;
import io.vswitch.vpp.api.message.l2.SwInterfaceSetL2Bridge;
import io.vswitch.vpp.api.message.l2.SwInterfaceSetL2Xconnect;
import io.vswitch.vpp.sim.area.interfaces.InterfaceCliHooks;
import io.vswitch.vpp.sim.spi.AreaContext;
import io.vswitch.vpp.sim.spi.SimArea;
import io.vswitch.vpp.sim.spi.VppModules;

/**
 * The L2 area (module {@code l2}): bridge domains and their flags, bridge and cross-connect ports, static L2 FIB
 * entries, the ARP termination table, with VPP's retvals and clean-up on interface deletion.
 */
public final class L2Area implements SimArea {
    /**
     * The area.
     */
    public L2Area() {
        // stateless
    }

    @Override
    public void install(final AreaContext context) {
        context.module(VppModules.L2);

        context.onRequest(BridgeDomainAddDelV2.class, BridgeDomainHandlers::addDel);
        context.onRequest(BridgeFlags.class, BridgeDomainHandlers::flags);
        context.onDump(BridgeDomainDump.class, BridgeDomainHandlers::dump);

        context.onRequest(SwInterfaceSetL2Bridge.class, PortHandlers::setBridge);
        context.onRequest(SwInterfaceSetL2Xconnect.class, PortHandlers::setXconnect);
        context.onDump(L2XconnectDump.class, PortHandlers::xconnectDump);

        context.onRequest(L2fibAddDel.class, L2FibHandlers::addDel);
        context.onDump(L2FibTableDump.class, L2FibHandlers::dump);

        context.onRequest(BdIpMacAddDel.class, ArpTermHandlers::addDel);
        context.onDump(BdIpMacDump.class, ArpTermHandlers::dump);

        context.state().interfaces().addListener(new L2InterfaceListener(context.state()));

        final L2Cli cli = new L2Cli(context.state());
        context.cli().register("show bridge-domain", cli::showBridgeDomain);
        context.cli().register("show l2fib", cli::showL2fib);
        context.state().extension(InterfaceCliHooks.class, InterfaceCliHooks::new).addL2Lines(cli::interfaceLines);
    }
}
