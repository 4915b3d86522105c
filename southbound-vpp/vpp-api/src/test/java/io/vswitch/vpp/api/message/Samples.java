package io.vswitch.vpp.api.message;

import io.vswitch.vpp.api.codec.VppMessages;
import io.vswitch.vpp.api.definition.VppAlias;
import io.vswitch.vpp.api.definition.VppField;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds sample instances of message and type records by reflection, with a non-default value in every field
 * (count fields matching their arrays), and compares records deeply (arrays by content).
 */
public final class Samples {
    /**
     * Elements in every variable-length array of a sample.
     */
    public static final int VARIABLE_ELEMENTS = 2;

    private int seed;

    /**
     * A sample generator; each generator yields the same sequence of values.
     */
    public Samples() {
        this.seed = 0;
    }

    /**
     * A sample instance of an annotated record.
     */
    public <T> T sample(final Class<T> type) {
        final RecordComponent[] components = type.getRecordComponents();
        final Map<String, Integer> counts = new HashMap<>();
        for (RecordComponent component : components) {
            final VppField field = component.getAnnotation(VppField.class);
            if (!field.lengthFrom().isEmpty()) {
                counts.put(field.lengthFrom(), VARIABLE_ELEMENTS);
            }
        }
        final Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            final RecordComponent component = components[i];
            final VppField field = component.getAnnotation(VppField.class);
            final Integer count = counts.get(vppName(component));
            values[i] = count != null ? count(component.getType(), count) : value(type, component, field);
        }
        try {
            return type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                .toArray(Class[]::new)).newInstance(values);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException
                | NoSuchMethodException e) {
            throw new IllegalStateException("Cannot build a sample " + type.getName(), e);
        }
    }

    private static Object count(final Class<?> javaType, final int count) {
        return javaType == long.class ? (Object) (long) count : (Object) count;
    }

    private Object value(final Class<?> owner, final RecordComponent component, final VppField field) {
        final Class<?> javaType = component.getType();
        final String wire = wireType(owner, field.value());
        final int length = field.length() >= 0 ? field.length() : aliasLength(owner, field.value());
        if (javaType == String.class) {
            return field.length() == 0 ? "variable ✓ text " + next() : "s" + next();
        }
        if (javaType == boolean.class) {
            return true;
        }
        if (javaType == double.class) {
            return 1.25 + next();
        }
        if (javaType == int.class) {
            return (int) integer(wire);
        }
        if (javaType == long.class) {
            return integer(wire);
        }
        final int elements = length == 0 || length < 0 && !field.lengthFrom().isEmpty() ? VARIABLE_ELEMENTS : length;
        if (javaType == byte[].class) {
            final byte[] bytes = new byte[elements];
            for (int i = 0; i < elements; i++) {
                bytes[i] = (byte) integer(wire);
            }
            return bytes;
        }
        if (javaType == int[].class) {
            final int[] ints = new int[elements];
            for (int i = 0; i < elements; i++) {
                ints[i] = (int) integer(wire);
            }
            return ints;
        }
        if (javaType == long[].class) {
            final long[] longs = new long[elements];
            for (int i = 0; i < elements; i++) {
                longs[i] = integer(wire);
            }
            return longs;
        }
        if (javaType == List.class) {
            final Class<?> element = (Class<?>) ((ParameterizedType) component.getGenericType())
                .getActualTypeArguments()[0];
            final List<Object> list = new ArrayList<>(elements);
            for (int i = 0; i < elements; i++) {
                list.add(element == byte[].class ? bytes(aliasLength(owner, field.value())) : sample(element));
            }
            return List.copyOf(list);
        }
        if (javaType.isRecord()) {
            return sample(javaType);
        }
        throw new IllegalStateException("No sample for " + owner.getSimpleName() + "." + component.getName());
    }

    private byte[] bytes(final int length) {
        final byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) integer("u8");
        }
        return bytes;
    }

    private int next() {
        return ++seed;
    }

    /**
     * A distinct non-zero value that fits the wire type, so that it survives a round trip.
     */
    private long integer(final String wire) {
        final long value = next() * 37L + 1;
        return switch (wire) {
            case "u8", "bool" -> 1 + value % 255;
            case "i8" -> 1 + value % 127;
            case "u16" -> 1 + value % 65_535;
            case "i16" -> 1 + value % 32_767;
            case "i32" -> -value;
            case "u32" -> 0x8000_0000L | value;
            default -> 0x8000_0000_0000_0000L | value;
        };
    }

    /**
     * The primitive a VPP type name resolves to, following aliases.
     */
    private static String wireType(final Class<?> owner, final String vppType) {
        String name = vppType;
        for (Optional<VppAlias> alias = findAlias(owner, name); alias.isPresent(); alias = findAlias(owner, name)) {
            name = alias.orElseThrow().type();
        }
        return name;
    }

    private static int aliasLength(final Class<?> owner, final String vppType) {
        return findAlias(owner, vppType).map(VppAlias::length).orElse(-1);
    }

    /**
     * The alias declaration the codec uses for a type name seen from a record: on the record, its package, or
     * the codec's package (the shared types).
     */
    public static Optional<VppAlias> findAlias(final Class<?> owner, final String name) {
        final List<VppAlias> candidates = new ArrayList<>();
        candidates.addAll(Arrays.asList(owner.getAnnotationsByType(VppAlias.class)));
        candidates.addAll(Arrays.asList(owner.getPackage().getAnnotationsByType(VppAlias.class)));
        candidates.addAll(Arrays.asList(VppMessages.class.getPackage().getAnnotationsByType(VppAlias.class)));
        return candidates.stream().filter(alias -> alias.name().equals(name)).findFirst();
    }

    /**
     * The VPP name of a component.
     */
    public static String vppName(final RecordComponent component) {
        final VppField field = component.getAnnotation(VppField.class);
        if (!field.name().isEmpty()) {
            return field.name();
        }
        return component.getName().replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The first difference between two values, compared deeply (records by component, arrays by content), or
     * empty when they are equal.
     */
    public static Optional<String> difference(final String path, final Object expected, final Object actual) {
        if (expected instanceof byte[] left && actual instanceof byte[] right) {
            return Arrays.equals(left, right) ? Optional.empty()
                : Optional.of(path + ": " + Arrays.toString(left) + " != " + Arrays.toString(right));
        }
        if (expected instanceof int[] left && actual instanceof int[] right) {
            return Arrays.equals(left, right) ? Optional.empty()
                : Optional.of(path + ": " + Arrays.toString(left) + " != " + Arrays.toString(right));
        }
        if (expected instanceof long[] left && actual instanceof long[] right) {
            return Arrays.equals(left, right) ? Optional.empty()
                : Optional.of(path + ": " + Arrays.toString(left) + " != " + Arrays.toString(right));
        }
        if (expected instanceof List<?> left && actual instanceof List<?> right) {
            if (left.size() != right.size()) {
                return Optional.of(path + ": " + left.size() + " elements != " + right.size());
            }
            for (int i = 0; i < left.size(); i++) {
                final Optional<String> difference = difference(path + "[" + i + "]", left.get(i), right.get(i));
                if (difference.isPresent()) {
                    return difference;
                }
            }
            return Optional.empty();
        }
        if (expected.getClass().isRecord() && expected.getClass() == actual.getClass()) {
            for (RecordComponent component : expected.getClass().getRecordComponents()) {
                final Optional<String> difference = difference(path + "." + component.getName(),
                    get(component, expected), get(component, actual));
                if (difference.isPresent()) {
                    return difference;
                }
            }
            return Optional.empty();
        }
        return expected.equals(actual) ? Optional.empty() : Optional.of(path + ": " + expected + " != " + actual);
    }

    private static Object get(final RecordComponent component, final Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }
}
