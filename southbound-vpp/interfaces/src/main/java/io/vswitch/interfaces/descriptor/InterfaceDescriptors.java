package io.vswitch.interfaces.descriptor;

import io.vswitch.renderer.spi.Descriptor;
import java.util.List;

/**
 * Every descriptor of the interfaces area.
 */
public final class InterfaceDescriptors {
    private InterfaceDescriptors() {
        // factory only
    }

    /**
     * New instances of all of them (they are stateless).
     *
     * @return the interface, memif socket and derived-aspect descriptors
     */
    public static List<Descriptor<?>> all() {
        return List.of(new InterfaceDescriptor(), new MemifSocketDescriptor(), new AdminStateDescriptor(),
            new MtuDescriptor(), new MacDescriptor(), new AddressDescriptor(), new VrfBindingDescriptor(),
            new UnnumberedDescriptor(), new RxModeDescriptor());
    }
}
