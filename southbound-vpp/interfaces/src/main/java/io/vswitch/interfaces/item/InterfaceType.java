package io.vswitch.interfaces.item;

/**
 * The kind of an interface and its creation parameters: a change of any of them recreates the interface.
 */
public sealed interface InterfaceType permits LoopbackType, MemifType, AfPacketType, TapType, VxlanType,
        SubInterfaceType {
    /**
     * Whether an interface found in VPP with these parameters ({@code this} being the desired ones) needs no
     * recreation: parameters VPP does not report, or that were left to VPP, are not compared.
     *
     * @param actual the parameters as VPP shows them (or as previously applied)
     * @return true if the actual interface satisfies these parameters
     */
    boolean matches(InterfaceType actual);
}
