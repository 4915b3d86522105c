package io.vswitch.vpp.sim.internal;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.vswitch.vpp.api.codec.MessageDescriptor;
import io.vswitch.vpp.api.definition.VppMessageBody;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds replies with every field zero except {@code retval}: what VPP sends when a handler fails before filling a
 * reply in ({@code REPLY_MACRO} with only {@code rv} set). The zero record is the codec's decoding of zero bytes,
 * so every field has its wire width; only {@code retval} is then set. Used on the simulator thread only.
 */
final class ZeroMessages {
    private static final String RETVAL = "retval";
    private static final int ZERO_BYTES = 1 << 16;

    /** Zero bytes to decode from; only ever read through duplicates. */
    private final ByteBuf zeroBytes = Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(new byte[ZERO_BYTES]));
    private final Map<Class<?>, VppMessageBody> zeros = new HashMap<>();

    /**
     * Makes a zero reply with a retval.
     *
     * @param <T> the record type
     * @param descriptor the reply's descriptor
     * @param retval the value of its {@code retval} component
     * @return the reply
     * @throws IllegalArgumentException if the record has no {@code int retval} component
     */
    <T extends VppMessageBody> T withRetval(final MessageDescriptor<T> descriptor, final int retval) {
        final T zero = descriptor.type().cast(zeros.computeIfAbsent(descriptor.type(),
            type -> descriptor.decode(zeroBytes.duplicate())));
        return retval == 0 ? zero : with(zero, descriptor.type(), retval);
    }

    private static <T> T with(final T zero, final Class<T> type, final int retval) {
        final RecordComponent[] components = type.getRecordComponents();
        final Object[] values = new Object[components.length];
        boolean found = false;
        try {
            for (int i = 0; i < components.length; i++) {
                if (RETVAL.equals(components[i].getName()) && components[i].getType() == int.class) {
                    values[i] = retval;
                    found = true;
                } else {
                    values[i] = components[i].getAccessor().invoke(zero);
                }
            }
            if (!found) {
                throw new IllegalArgumentException(type.getName() + " has no int retval");
            }
            final Constructor<T> constructor = type.getDeclaredConstructor(
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return constructor.newInstance(values);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException
                | InvocationTargetException e) {
            throw new IllegalArgumentException("Cannot build a " + type.getName() + " with retval " + retval, e);
        }
    }
}
