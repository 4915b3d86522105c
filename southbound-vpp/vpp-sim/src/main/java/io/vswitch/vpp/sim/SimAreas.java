package io.vswitch.vpp.sim;

import io.vswitch.vpp.sim.area.afpacket.AfPacketArea;
import io.vswitch.vpp.sim.area.core.CoreArea;
import io.vswitch.vpp.sim.area.interfaces.InterfacesArea;
import io.vswitch.vpp.sim.area.l2.L2Area;
import io.vswitch.vpp.sim.area.l3.L3Area;
import io.vswitch.vpp.sim.area.memif.MemifArea;
import io.vswitch.vpp.sim.area.tap.TapArea;
import io.vswitch.vpp.sim.area.vxlan.VxlanArea;
import io.vswitch.vpp.sim.spi.SimArea;
import java.util.List;

/**
 * The feature areas a {@link VppSimulator} installs by default. A new area is added here.
 */
public final class SimAreas {
    private SimAreas() {
        // factory only
    }

    /**
     * Every built-in area, core first.
     *
     * @return new area instances
     */
    public static List<SimArea> defaults() {
        return List.of(new CoreArea(), new InterfacesArea(), new MemifArea(), new AfPacketArea(), new TapArea(),
            new VxlanArea(), new L2Area(), new L3Area());
    }
}
