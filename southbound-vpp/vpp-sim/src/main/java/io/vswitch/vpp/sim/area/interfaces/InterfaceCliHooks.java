package io.vswitch.vpp.sim.area.interfaces;

import io.vswitch.vpp.sim.state.SimInterface;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Where other areas add to the interface CLI: the L2 area's lines under an interface in
 * {@code show interface addr} (VPP's {@code format_l2_input}, e.g. {@code   L2 bridge bd-id 10 idx 1 shg 0}).
 * Obtain with {@code state.extension(InterfaceCliHooks.class, InterfaceCliHooks::new)}.
 */
public final class InterfaceCliHooks {
    private final List<Function<SimInterface, List<String>>> l2Lines = new ArrayList<>();

    /**
     * No hooks yet.
     */
    public InterfaceCliHooks() {
        // empty
    }

    /**
     * Adds a source of L2 lines.
     *
     * @param lines gives the lines (without newline) to print under an interface, possibly none
     */
    public void addL2Lines(final Function<SimInterface, List<String>> lines) {
        l2Lines.add(lines);
    }

    List<String> l2Lines(final SimInterface iface) {
        final List<String> out = new ArrayList<>();
        l2Lines.forEach(source -> out.addAll(source.apply(iface)));
        return out;
    }
}
