package io.vswitch.interfaces.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vswitch.interfaces.item.InterfaceItem;
import io.vswitch.interfaces.item.MemifMode;
import io.vswitch.interfaces.item.MemifRole;
import io.vswitch.interfaces.item.MemifType;
import io.vswitch.interfaces.item.TapType;
import io.vswitch.renderer.spi.UpdatePolicy;
import org.junit.jupiter.api.Test;

/**
 * Update policy and resync equivalence of the interface descriptor, without VPP.
 */
class InterfaceDescriptorPolicyTest {
    private final InterfaceDescriptor descriptor = new InterfaceDescriptor();

    private static InterfaceItem memif(final int rxQueues, final String secret) {
        return Items.of("m", new MemifType("/run/vpp/memif.sock", 1, MemifRole.MASTER, MemifMode.ETHERNET, 1024, 2048,
            rxQueues, 1, secret)).item();
    }

    @Test
    void derivedChangesAreNoopAndCreationParametersRecreate() {
        final InterfaceItem tap = Items.of("t", new TapType(null, null, 256, 256)).item();
        assertEquals(UpdatePolicy.NOOP, descriptor.updatePolicy(tap, Items.of("t", new TapType(null, null, 256, 256))
            .mtu(1400).addresses("10.0.0.1/24").enabled(false).item()));
        assertEquals(UpdatePolicy.RECREATE, descriptor.updatePolicy(tap,
            Items.of("t", new TapType(null, null, 512, 256)).item()));
        assertEquals(UpdatePolicy.RECREATE, descriptor.updatePolicy(memif(1, ""), memif(2, "")));
        assertEquals(UpdatePolicy.RECREATE, descriptor.updatePolicy(memif(1, ""), memif(1, "s3cret")));
    }

    @Test
    void resyncIgnoresWhatVppDoesNotReportOrWasLeftToIt() {
        // as retrieved: queues and secret unknown
        assertTrue(descriptor.equivalent(memif(4, "s3cret"), memif(0, null)));
        // as retrieved: the host name VPP chose
        assertTrue(descriptor.equivalent(Items.of("t", new TapType(null, null, 256, 256)).item(),
            Items.of("t", new TapType("tap0", null, 256, 256)).mtu(9000).item()));
        assertFalse(descriptor.equivalent(Items.of("t", new TapType("mine", null, 256, 256)).item(),
            Items.of("t", new TapType("tap0", null, 256, 256)).item()));
    }
}
