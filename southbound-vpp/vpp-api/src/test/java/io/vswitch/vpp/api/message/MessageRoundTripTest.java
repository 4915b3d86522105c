package io.vswitch.vpp.api.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.vswitch.vpp.api.codec.MessageDescriptor;
import io.vswitch.vpp.api.codec.MessageRegistry;
import io.vswitch.vpp.api.codec.VppMessages;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppMessageBody;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every catalogued message survives encode then decode with a non-default value in every field.
 */
class MessageRoundTripTest {
    private static final MessageRegistry REGISTRY = VppMessages.registry();

    static List<Class<? extends VppMessageBody>> messages() {
        return VppMessages.all();
    }

    @ParameterizedTest
    @MethodSource("messages")
    void roundTrips(final Class<? extends VppMessageBody> type) {
        roundTrip(REGISTRY.descriptor(type));
    }

    private static <T> void roundTrip(final MessageDescriptor<T> descriptor) {
        final T sample = new Samples().sample(descriptor.type());
        final ByteBuf buf = Unpooled.buffer();
        descriptor.encode(sample, buf);
        final int size = buf.readableBytes();
        final T decoded = descriptor.decode(buf);
        assertEquals(0, buf.readableBytes(), "bytes left after decoding " + descriptor.name());
        final Optional<String> difference = Samples.difference(descriptor.name(), sample, decoded);
        assertFalse(difference.isPresent(), () -> difference.orElseThrow());

        final ByteBuf again = Unpooled.buffer();
        descriptor.encode(decoded, again);
        assertEquals(size, again.readableBytes());
        assertEquals(buf.resetReaderIndex(), again, "re-encoding " + descriptor.name());
    }

    @Test
    void everyMessageIsCataloguedOnceWithItsAreaPackage() {
        final List<Class<? extends VppMessageBody>> all = VppMessages.all();
        assertEquals(all.size(), Set.copyOf(all).size());
        for (Class<? extends VppMessageBody> type : all) {
            final String area = type.getAnnotation(VppMessage.class).area();
            assertTrue(type.getPackageName().endsWith("." + area), type.getName() + " declares area " + area);
        }
        assertEquals(List.of("core", "interfaces", "memif", "afpacket", "tap", "vxlan", "l2", "l3"),
            List.copyOf(REGISTRY.byArea().keySet()));
        assertEquals(all.size(), REGISTRY.all().size());
        assertEquals(Set.copyOf(all), REGISTRY.all().stream().map(MessageDescriptor::type).collect(Collectors.toSet()));
    }
}
