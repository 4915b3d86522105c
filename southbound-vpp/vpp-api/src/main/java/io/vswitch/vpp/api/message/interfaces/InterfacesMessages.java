package io.vswitch.vpp.api.message.interfaces;

import io.vswitch.vpp.api.definition.VppMessageBody;
import java.util.List;

/**
 * The messages of the {@code interfaces} area.
 */
public final class InterfacesMessages {
    /**
     * The area name, as in {@code @VppMessage(area = ...)}.
     */
    public static final String AREA = "interfaces";

    /**
     * Every message record of the area.
     */
    public static final List<Class<? extends VppMessageBody>> ALL = List.of(
        SwInterfaceDump.class,
        SwInterfaceDetails.class,
        SwInterfaceSetFlags.class,
        SwInterfaceSetFlagsReply.class,
        SwInterfaceSetMtu.class,
        SwInterfaceSetMtuReply.class,
        SwInterfaceSetMacAddress.class,
        SwInterfaceSetMacAddressReply.class,
        SwInterfaceAddDelAddress.class,
        SwInterfaceAddDelAddressReply.class,
        SwInterfaceAddressReplaceBegin.class,
        SwInterfaceAddressReplaceBeginReply.class,
        SwInterfaceAddressReplaceEnd.class,
        SwInterfaceAddressReplaceEndReply.class,
        SwInterfaceSetTable.class,
        SwInterfaceSetTableReply.class,
        SwInterfaceGetTable.class,
        SwInterfaceGetTableReply.class,
        SwInterfaceSetUnnumbered.class,
        SwInterfaceSetUnnumberedReply.class,
        SwInterfaceTagAddDel.class,
        SwInterfaceTagAddDelReply.class,
        SwInterfaceSetRxMode.class,
        SwInterfaceSetRxModeReply.class,
        SwInterfaceRxPlacementDump.class,
        SwInterfaceRxPlacementDetails.class,
        WantInterfaceEvents.class,
        WantInterfaceEventsReply.class,
        SwInterfaceEvent.class,
        CreateLoopback.class,
        CreateLoopbackReply.class,
        DeleteLoopback.class,
        DeleteLoopbackReply.class,
        CreateSubif.class,
        CreateSubifReply.class,
        DeleteSubif.class,
        DeleteSubifReply.class,
        IpAddressDump.class,
        IpAddressDetails.class,
        IpUnnumberedDump.class,
        IpUnnumberedDetails.class);

    private InterfacesMessages() {
        // constants only
    }
}
