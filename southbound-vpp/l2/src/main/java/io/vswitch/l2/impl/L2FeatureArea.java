package io.vswitch.l2.impl;

import io.vswitch.l2.descriptor.L2Descriptors;
import io.vswitch.l2.validation.L2Validator;
import io.vswitch.renderer.odl.spi.ConfigMapping;
import io.vswitch.renderer.odl.spi.ConfigValidator;
import io.vswitch.renderer.odl.spi.FeatureArea;
import io.vswitch.renderer.spi.Descriptor;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * The L2 feature area: bridge domains (members, static FIB entries, ARP-termination entries) under
 * {@code /nodes/node/bridge-domains/bridge-domain}, and cross-connects under {@code /nodes/node/xconnects/xconnect}.
 */
@Component(service = FeatureArea.class)
public final class L2FeatureArea implements FeatureArea {
    private final List<Descriptor<?>> descriptors = L2Descriptors.all();
    private final List<ConfigMapping<?>> mappings = List.of(new BridgeDomainConfigMapping(),
        new XconnectConfigMapping());
    private final List<ConfigValidator> validators = List.of(new L2Validator());

    @Override
    public String name() {
        return "l2";
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
