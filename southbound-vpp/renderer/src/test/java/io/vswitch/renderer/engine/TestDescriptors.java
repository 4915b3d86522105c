package io.vswitch.renderer.engine;

import static io.vswitch.renderer.engine.FakeDataplane.INDEX;

import io.vswitch.renderer.engine.Values.Address;
import io.vswitch.renderer.engine.Values.Iface;
import io.vswitch.renderer.engine.Values.Route;
import io.vswitch.renderer.engine.Values.Vrf;
import io.vswitch.renderer.spi.ApplyContext;
import io.vswitch.renderer.spi.Dependency;
import io.vswitch.renderer.spi.DerivedItem;
import io.vswitch.renderer.spi.Descriptor;
import io.vswitch.renderer.spi.ItemKey;
import io.vswitch.renderer.spi.Metadata;
import io.vswitch.renderer.spi.RetrieveContext;
import io.vswitch.renderer.spi.RetrievedItem;
import io.vswitch.renderer.spi.UpdatePolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

/**
 * Descriptors of the test's kinds over the {@link FakeDataplane}: the shape feature bundles will have over VPP.
 */
final class TestDescriptors {
    private TestDescriptors() {
        // factories
    }

    static List<Descriptor<?>> all() {
        return List.of(new IfaceDescriptor(), new AddressDescriptor(), new VrfDescriptor(), new RouteDescriptor());
    }

    /** What the descriptors have in common: one dataplane entry per item, requiring the item's dependencies. */
    abstract static class Base<V> implements Descriptor<V> {
        private final String name;
        private final Class<V> type;

        Base(final String name, final Class<V> type) {
            this.name = name;
            this.type = type;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Class<V> valueType() {
            return type;
        }

        @Override
        public CompletionStage<Metadata> create(final ApplyContext ctx, final ItemKey key, final V value) {
            return ctx.node(FakeDataplane.class).create(key, value, requires(key, value));
        }

        @Override
        public CompletionStage<Void> delete(final ApplyContext ctx, final ItemKey key, final V value,
                final Metadata metadata) {
            return ctx.node(FakeDataplane.class).delete(key);
        }

        @Override
        public CompletionStage<Metadata> update(final ApplyContext ctx, final ItemKey key, final V oldValue,
                final V newValue, final Metadata metadata) {
            return ctx.node(FakeDataplane.class).update(key, newValue, requires(key, newValue));
        }

        Set<ItemKey> requires(final ItemKey key, final V value) {
            return dependencies(key, value).stream().map(Dependency::key).collect(Collectors.toSet());
        }

        @Override
        public CompletionStage<List<RetrievedItem<V>>> retrieve(final RetrieveContext ctx) {
            final var dataplane = ctx.node(FakeDataplane.class);
            final var found = new ArrayList<RetrievedItem<V>>();
            dataplane.snapshot().forEach((key, entry) -> {
                if (handles(key)) {
                    found.add(new RetrievedItem<>(key, present(dataplane, key, type.cast(entry.value())),
                        Metadata.of(INDEX, entry.index()), entry.owned()));
                }
            });
            return CompletableFuture.completedFuture(found);
        }

        /** The value as the dataplane shows it. */
        V present(final FakeDataplane dataplane, final ItemKey key, final V stored) {
            return stored;
        }

        @Override
        public boolean isRetriable(final Throwable error) {
            return error instanceof FakeVppException fake && fake.retriable();
        }
    }

    /** Interfaces: derive their addresses; may sit in a VRF; MTU and VRF change in place, type by recreate. */
    static class IfaceDescriptor extends Base<Iface> {
        IfaceDescriptor() {
            super("interface", Iface.class);
        }

        @Override
        public boolean handles(final ItemKey key) {
            final var segments = key.relativeSegments();
            return segments.size() == 2 && segments.get(0).equals("interfaces");
        }

        @Override
        public List<Dependency> dependencies(final ItemKey key, final Iface value) {
            return value.vrf() == 0 ? List.of() : List.of(Dependency.on(Values.vrf(value.vrf()), "vrf "
                + value.vrf()));
        }

        @Override
        public List<DerivedItem> derive(final ItemKey key, final Iface value) {
            return value.addresses().stream().map(ip -> new DerivedItem(key.child("address", ip), new Address(ip)))
                .toList();
        }

        @Override
        public UpdatePolicy updatePolicy(final Iface oldValue, final Iface newValue) {
            if (!oldValue.type().equals(newValue.type())) {
                return UpdatePolicy.RECREATE;
            }
            if (oldValue.mtu() != newValue.mtu() || oldValue.vrf() != newValue.vrf()) {
                return UpdatePolicy.UPDATE_IN_PLACE;
            }
            // only the addresses differ: they are items of their own
            return UpdatePolicy.NOOP;
        }

        @Override
        public boolean equivalent(final Iface desired, final Iface retrieved) {
            return desired.type().equals(retrieved.type()) && desired.mtu() == retrieved.mtu()
                && desired.vrf() == retrieved.vrf();
        }

        @Override
        Iface present(final FakeDataplane dataplane, final ItemKey key, final Iface stored) {
            final var prefix = key.child("address");
            final var addresses = dataplane.usersOf(key).stream().filter(k -> k.startsWith(prefix))
                .map(k -> ((Address) dataplane.entry(k).value()).ip()).toList();
            return new Iface(stored.type(), stored.mtu(), addresses, stored.vrf());
        }
    }

    /** An interface's address: created with the interface's index (from its metadata). */
    static final class AddressDescriptor extends Base<Address> {
        AddressDescriptor() {
            super("interface-address", Address.class);
        }

        @Override
        public boolean handles(final ItemKey key) {
            final var segments = key.relativeSegments();
            return segments.size() >= 4 && segments.get(0).equals("interfaces") && segments.get(2).equals("address");
        }

        @Override
        public CompletionStage<Metadata> create(final ApplyContext ctx, final ItemKey key, final Address value) {
            final var dataplane = ctx.node(FakeDataplane.class);
            final var ifaceKey = ifaceOf(key);
            final int index = ctx.metadata(ifaceKey).require(INDEX);
            final var iface = dataplane.entry(ifaceKey);
            if (iface != null && iface.index() != index) {
                return CompletableFuture.failedFuture(FakeVppException.permanent(-2, "stale index " + index));
            }
            return dataplane.create(key, value, Set.of(ifaceKey));
        }

        @Override
        public CompletionStage<List<RetrievedItem<Address>>> retrieve(final RetrieveContext ctx) {
            // derived from the interfaces' retrieved values
            return CompletableFuture.completedFuture(List.of());
        }

        static ItemKey ifaceOf(final ItemKey addressKey) {
            final var segments = addressKey.relativeSegments();
            return Values.iface(segments.get(1));
        }
    }

    /** VRF tables. */
    static class VrfDescriptor extends Base<Vrf> {
        VrfDescriptor() {
            super("vrf", Vrf.class);
        }

        @Override
        public boolean handles(final ItemKey key) {
            final var segments = key.relativeSegments();
            return segments.size() == 2 && segments.get(0).equals("vrfs");
        }
    }

    /** Routes via an interface; a change of next hop is done in place. */
    static class RouteDescriptor extends Base<Route> {
        RouteDescriptor() {
            super("route", Route.class);
        }

        @Override
        public boolean handles(final ItemKey key) {
            return key.relativePath().startsWith("routes/");
        }

        @Override
        public List<Dependency> dependencies(final ItemKey key, final Route value) {
            return List.of(Dependency.on(Values.iface(value.via()), "interface " + Values.iface(value.via())));
        }

        @Override
        public UpdatePolicy updatePolicy(final Route oldValue, final Route newValue) {
            return UpdatePolicy.UPDATE_IN_PLACE;
        }
    }
}
