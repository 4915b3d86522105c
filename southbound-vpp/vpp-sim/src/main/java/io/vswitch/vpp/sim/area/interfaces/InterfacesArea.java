package io.vswitch.vpp.sim.area.interfaces;

import io.vswitch.vpp.api.message.interfaces.CreateLoopback;
import io.vswitch.vpp.api.message.interfaces.CreateSubif;
import io.vswitch.vpp.api.message.interfaces.DeleteLoopback;
import io.vswitch.vpp.api.message.interfaces.DeleteSubif;
import io.vswitch.vpp.api.message.interfaces.IpAddressDump;
import io.vswitch.vpp.api.message.interfaces.IpUnnumberedDump;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceAddDelAddress;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceAddressReplaceBegin;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceAddressReplaceEnd;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceDump;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceEvent;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceGetTable;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceRxPlacementDump;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceSetFlags;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceSetMacAddress;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceSetMtu;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceSetRxMode;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceSetTable;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceSetUnnumbered;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceTagAddDel;
import io.vswitch.vpp.api.message.interfaces.WantInterfaceEvents;
import io.vswitch.vpp.sim.spi.AreaContext;
import io.vswitch.vpp.sim.spi.SimArea;
import io.vswitch.vpp.sim.spi.VppModules;

/**
 * The interfaces area (modules {@code interface} and, for {@code ip_address_dump}, {@code ip}).
 */
public final class InterfacesArea implements SimArea {
    /**
     * The area.
     */
    public InterfacesArea() {
        // stateless
    }

    @Override
    public void install(final AreaContext context) {
        context.module(VppModules.INTERFACE);
        context.module(VppModules.IP);

        context.onRequest(SwInterfaceSetFlags.class, InterfaceHandlers::setFlags);
        context.onRequest(SwInterfaceSetMtu.class, InterfaceHandlers::setMtu);
        context.onRequest(SwInterfaceSetMacAddress.class, InterfaceHandlers::setMacAddress);
        context.onRequest(SwInterfaceTagAddDel.class, InterfaceHandlers::tagAddDel);
        context.onRequest(SwInterfaceSetRxMode.class, InterfaceHandlers::setRxMode);
        context.onRequest(SwInterfaceSetTable.class, InterfaceHandlers::setTable);
        context.onRequest(SwInterfaceGetTable.class, InterfaceHandlers::getTable);
        context.onRequest(SwInterfaceSetUnnumbered.class, InterfaceHandlers::setUnnumbered);
        context.onRequest(CreateLoopback.class, InterfaceHandlers::createLoopback);
        context.onRequest(DeleteLoopback.class, InterfaceHandlers::deleteLoopback);
        context.onRequest(CreateSubif.class, InterfaceHandlers::createSubif);
        context.onRequest(DeleteSubif.class, InterfaceHandlers::deleteSubif);
        context.onDump(SwInterfaceDump.class, InterfaceHandlers::dump);
        context.onDump(SwInterfaceRxPlacementDump.class, InterfaceHandlers::rxPlacementDump);
        context.onDump(IpUnnumberedDump.class, InterfaceHandlers::unnumberedDump);

        context.onRequest(SwInterfaceAddDelAddress.class, AddressHandlers::addDel);
        context.onRequest(SwInterfaceAddressReplaceBegin.class, AddressHandlers::replaceBegin);
        context.onRequest(SwInterfaceAddressReplaceEnd.class, AddressHandlers::replaceEnd);
        context.onDump(IpAddressDump.class, AddressHandlers::dump);

        final InterfaceEvents events = new InterfaceEvents();
        context.state().interfaces().addListener(events);
        context.onRequest(WantInterfaceEvents.class, events::want);
        context.emits(SwInterfaceEvent.class);
        context.onBatchEnd(events::flush);
        context.onSessionClosed(events::sessionClosed);

        final InterfaceCli cli = new InterfaceCli(context.state());
        context.cli().register("show interface", cli::showInterface);
        context.cli().register("show hardware-interfaces", cli::showHardware);
    }
}
