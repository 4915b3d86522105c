package io.vswitch.vpp.sim.area.l2;

import io.vswitch.vpp.sim.area.ApiTypes;
import io.vswitch.vpp.sim.state.MacAddress;
import io.vswitch.vpp.sim.state.SimInterface;
import java.util.Optional;

/**
 * VPP's {@code set_int_l2_mode}: moves an interface between L3, bridge and cross-connect modes, first undoing its
 * previous bridge membership (flood vector, BVI and its L2 FIB entry, UU-forward port).
 */
final class L2Modes {
    /** The outcome of a mode change. */
    enum Result {
        OK,
        /** {@code MODE_ERROR_BVI_DEF}: the bridge domain already has a BVI. */
        BD_HAS_BVI
    }

    private final L2State l2;

    L2Modes(final L2State l2) {
        this.l2 = l2;
    }

    /**
     * Back to L3.
     *
     * @param iface the interface (possibly just deleted, for its MAC)
     */
    void setL3(final SimInterface iface) {
        leaveBridge(iface);
        l2.clearPort(iface.swIfIndex());
    }

    /**
     * Into a bridge domain. On {@link Result#BD_HAS_BVI} the interface has left its previous bridge domain and is
     * in bridge mode without being a member, as VPP leaves it.
     *
     * @param iface the interface
     * @param bd the bridge domain
     * @param portType the port type, 0 normal, 1 BVI, 2 UU-forward
     * @param shg the split-horizon group
     * @return the outcome
     */
    Result setBridge(final SimInterface iface, final BridgeDomain bd, final int portType, final int shg) {
        final int swIfIndex = iface.swIfIndex();
        leaveBridge(iface);
        l2.setPort(swIfIndex, new L2Port.Bridged(bd.index(), L2Port.Bridged.NORMAL, shg));
        l2.incrementSequenceNumber(swIfIndex);
        bd.validate();
        final FloodClass floodClass;
        if (portType == L2Port.Bridged.BVI) {
            if (bd.bviSwIfIndex() != ApiTypes.NONE) {
                return Result.BD_HAS_BVI;
            }
            bd.setBviSwIfIndex(swIfIndex);
            l2.setPort(swIfIndex, new L2Port.Bridged(bd.index(), L2Port.Bridged.BVI, shg));
            l2.fib().add(new L2Fib.Key(bd.index(), iface.mac()), new L2Fib.Entry(swIfIndex, true, false, true));
            l2.setFloodClass(swIfIndex, FloodClass.BVI);
            floodClass = FloodClass.BVI;
        } else if (portType == L2Port.Bridged.UU_FWD) {
            bd.setUuFwdSwIfIndex(swIfIndex);
            bd.setFeatureBitmap(bd.featureBitmap() | L2Features.UU_FWD);
            l2.setPort(swIfIndex, new L2Port.Bridged(bd.index(), L2Port.Bridged.UU_FWD, shg));
            return Result.OK;
        } else {
            floodClass = l2.floodClass(iface);
        }
        bd.addMember(new BridgeDomain.Member(swIfIndex, shg, portType == L2Port.Bridged.BVI, floodClass));
        return Result.OK;
    }

    /**
     * Into cross-connect mode towards another interface.
     *
     * @param iface the receiving interface
     * @param txSwIfIndex the interface to send out of
     */
    void setXconnect(final SimInterface iface, final int txSwIfIndex) {
        leaveBridge(iface);
        l2.setPort(iface.swIfIndex(), new L2Port.Xconnect(txSwIfIndex));
    }

    private void leaveBridge(final SimInterface iface) {
        final int swIfIndex = iface.swIfIndex();
        final Optional<L2Port> port = l2.port(swIfIndex);
        if (port.isEmpty() || !(port.orElseThrow() instanceof L2Port.Bridged bridged)) {
            return;
        }
        final Optional<BridgeDomain> found = l2.bridgeDomains().byIndex(bridged.bdIndex());
        if (found.isEmpty()) {
            return;
        }
        final BridgeDomain bd = found.orElseThrow();
        bd.removeMember(swIfIndex);
        if (bd.bviSwIfIndex() == swIfIndex) {
            bd.setBviSwIfIndex(ApiTypes.NONE);
            l2.fib().delete(new L2Fib.Key(bd.index(), iface.mac()), swIfIndex);
            l2.setFloodClass(swIfIndex, FloodClass.NO_FLOOD);
        }
        if (bd.uuFwdSwIfIndex() == swIfIndex) {
            bd.setUuFwdSwIfIndex(ApiTypes.NONE);
            bd.setFeatureBitmap(bd.featureBitmap() & ~L2Features.UU_FWD);
        }
        if (!bridged.isBvi() || bd.has(L2Features.LEARN)) {
            // l2fib_flush_int_mac bumps the interface's sequence number to age out what it learned
            l2.incrementSequenceNumber(swIfIndex);
        }
    }

    /**
     * {@code l2input_interface_mac_change}: a BVI's L2 FIB entry follows its MAC.
     *
     * @param before the interface before the change
     * @param after the interface after it
     */
    void macChanged(final SimInterface before, final SimInterface after) {
        final Optional<L2Port> port = l2.port(after.swIfIndex());
        if (port.isPresent() && port.orElseThrow() instanceof L2Port.Bridged bridged && bridged.isBvi()) {
            final MacAddress oldMac = before.mac();
            l2.fib().delete(new L2Fib.Key(bridged.bdIndex(), oldMac), after.swIfIndex());
            l2.fib().add(new L2Fib.Key(bridged.bdIndex(), after.mac()),
                new L2Fib.Entry(after.swIfIndex(), true, false, true));
        }
    }
}
