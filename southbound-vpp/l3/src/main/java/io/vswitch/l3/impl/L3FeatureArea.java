package io.vswitch.l3.impl;

import io.vswitch.l3.descriptor.L3Descriptors;
import io.vswitch.l3.validation.L3Validator;
import io.vswitch.renderer.odl.spi.ConfigMapping;
import io.vswitch.renderer.odl.spi.ConfigValidator;
import io.vswitch.renderer.odl.spi.FeatureArea;
import io.vswitch.renderer.spi.Descriptor;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * The L3 feature area: VRF tables, static routes, static neighbours and proxy ARP, configured under
 * {@code /nodes/node/l3}. Routes are one top-level list keyed by VRF and destination (not a list per VRF), so that
 * the glue maps each entry to one item directly and a bulk write of routes is one list change.
 */
@Component(service = FeatureArea.class)
public final class L3FeatureArea implements FeatureArea {
    private final List<Descriptor<?>> descriptors = L3Descriptors.all();
    private final List<ConfigMapping<?>> mappings = allMappings();
    private final List<ConfigValidator> validators = List.of(new L3Validator());

    @Override
    public String name() {
        return "l3";
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

    static List<ConfigMapping<?>> allMappings() {
        return List.of(
            new L3ConfigMapping<>(L3Paths.VRFS, l3 -> l3.getVrf(), L3Mapper::vrf, L3Paths::vrf),
            new L3ConfigMapping<>(L3Paths.ROUTES, l3 -> l3.getRoute(), L3Mapper::route, L3Paths::route,
                L3Mapper::route),
            new L3ConfigMapping<>(L3Paths.NEIGHBORS, l3 -> l3.getNeighbor(), L3Mapper::neighbor, L3Paths::neighbor),
            new L3ConfigMapping<>(L3Paths.RANGES, l3 -> l3.getProxyArp() == null ? null
                : l3.getProxyArp().getRange(), L3Mapper::range, L3Paths::range),
            new L3ConfigMapping<>(L3Paths.PROXY_INTERFACES, l3 -> l3.getProxyArp() == null ? null
                : l3.getProxyArp().getInterface(), L3Mapper::proxyInterface, L3Paths::proxyInterface));
    }
}
