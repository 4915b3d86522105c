package io.vswitch.interfaces.impl;

import io.vswitch.interfaces.descriptor.InterfaceDescriptors;
import io.vswitch.interfaces.validation.InterfaceValidator;
import io.vswitch.renderer.odl.spi.ConfigMapping;
import io.vswitch.renderer.odl.spi.ConfigValidator;
import io.vswitch.renderer.odl.spi.FeatureArea;
import io.vswitch.renderer.spi.Descriptor;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * The interfaces feature area: loopback, memif, af_packet, tap v2, VXLAN and dot1q sub-interfaces with their
 * settings, configured under {@code /nodes/node/interfaces/interface}.
 */
@Component(service = FeatureArea.class)
public final class InterfacesFeatureArea implements FeatureArea {
    private final List<Descriptor<?>> descriptors = InterfaceDescriptors.all();
    private final List<ConfigMapping<?>> mappings = List.of(new InterfaceConfigMapping());
    private final List<ConfigValidator> validators = List.of(new InterfaceValidator());

    @Override
    public String name() {
        return "interfaces";
    }

    @Override
    public List<Descriptor<?>> descriptors() {
        return descriptors;
    }

    @Override
    public List<ConfigMapping<?>> mappings() {
        return mappings;
    }

    @Override
    public List<ConfigValidator> validators() {
        return validators;
    }
}
