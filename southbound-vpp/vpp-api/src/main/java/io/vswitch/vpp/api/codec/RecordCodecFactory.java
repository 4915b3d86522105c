package io.vswitch.vpp.api.codec;

import io.vswitch.vpp.api.definition.VppAlias;
import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppType;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Resolves annotated records into {@link RecordCodec}s, once, when a registry is built: all reflection happens
 * here. Named non-composite types are looked up as {@link VppAlias} declarations on the record using them, then on
 * its package, then on this package (the types every VPP API module shares). Not thread-safe; used by one
 * registry construction.
 */
final class RecordCodecFactory {
    private static final int MAX_ALIAS_DEPTH = 8;
    private static final MethodType OBJECT_TO_LONG = MethodType.methodType(long.class, Object.class);
    private static final MethodType OBJECT_TO_DOUBLE = MethodType.methodType(double.class, Object.class);
    private static final MethodType OBJECT_TO_BOOLEAN = MethodType.methodType(boolean.class, Object.class);
    private static final MethodType OBJECT_TO_OBJECT = MethodType.methodType(Object.class, Object.class);
    private static final MethodType SPREAD_CONSTRUCTOR = MethodType.methodType(Object.class, Object[].class);

    /**
     * A VPP type with its aliases followed: a primitive, a string, or a composite type's name; plus the length
     * an array alias (mac address, union) gives it, or -1.
     */
    private record Resolved(@Nullable Primitive primitive, boolean string, @Nullable String composite,
            int aliasLength) {
    }

    private final MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    private final Map<Class<?>, RecordCodec> codecs = new HashMap<>();

    /**
     * The codec of a message record, or of a composite type record when {@code vppType} names it.
     */
    RecordCodec recordCodec(final Class<?> type, final @Nullable String vppType) {
        final RecordCodec known = codecs.get(type);
        if (known != null) {
            checkCompositeName(type, vppType);
            return known;
        }
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record");
        }
        checkCompositeName(type, vppType);
        final RecordComponent[] components = type.getRecordComponents();
        final List<FieldCodec> fields = new ArrayList<>(components.length);
        for (RecordComponent component : components) {
            fields.add(field(type, component, fields));
        }
        final RecordCodec codec = new RecordCodec(fields, constructor(type, components));
        codecs.put(type, codec);
        return codec;
    }

    /**
     * The VPP name of a component: {@link VppField#name()} or the snake_case form of the component name.
     */
    static String vppName(final RecordComponent component, final VppField definition) {
        if (!definition.name().isEmpty()) {
            return definition.name();
        }
        final StringBuilder name = new StringBuilder();
        for (char c : component.getName().toCharArray()) {
            if (Character.isUpperCase(c)) {
                name.append('_').append(Character.toLowerCase(c));
            } else {
                name.append(c);
            }
        }
        return name.toString();
    }

    private static void checkCompositeName(final Class<?> type, final @Nullable String vppType) {
        if (vppType == null) {
            return;
        }
        final VppType annotation = type.getAnnotation(VppType.class);
        if (annotation == null || !annotation.value().equals(vppType)) {
            throw new IllegalArgumentException(type.getName() + " must be annotated @VppType(\"" + vppType + "\")");
        }
    }

    private FieldCodec field(final Class<?> owner, final RecordComponent component, final List<FieldCodec> earlier) {
        final String where = owner.getSimpleName() + "." + component.getName();
        final VppField definition = component.getAnnotation(VppField.class);
        if (definition == null) {
            throw new IllegalArgumentException(where + " has no @VppField");
        }
        final String name = vppName(component, definition);
        final Resolved base = resolve(owner, definition.value(), where);
        final Class<?> javaType = component.getType();
        final int length = definition.length();
        final String lengthFrom = definition.lengthFrom();
        final MethodHandle accessor = accessor(component, where);

        if (base.string()) {
            if (!lengthFrom.isEmpty() || length < 0 || javaType != String.class) {
                throw new IllegalArgumentException(where + ": a string needs a length (0 for variable) and a "
                    + "String component, and no lengthFrom");
            }
            return new ValueField(name, accessor.asType(OBJECT_TO_OBJECT),
                length == 0 ? new VariableStringCodec(where) : new FixedStringCodec(length, where));
        }
        if (length < 0) {
            if (!lengthFrom.isEmpty()) {
                throw new IllegalArgumentException(where + ": lengthFrom without length = 0");
            }
            final Primitive primitive = base.primitive();
            if (primitive != null && base.aliasLength() < 0) {
                return scalar(name, accessor, primitive, javaType, where);
            }
            return new ValueField(name, accessor.asType(OBJECT_TO_OBJECT), value(base, javaType, where));
        }
        final SequenceCodec elements = sequence(base, javaType, component.getGenericType(), where);
        if (lengthFrom.isEmpty()) {
            if (length == 0) {
                throw new IllegalArgumentException(where + ": a variable array needs lengthFrom");
            }
            return new ValueField(name, accessor.asType(OBJECT_TO_OBJECT),
                new FixedArrayCodec(elements, length, where));
        }
        if (length != 0) {
            throw new IllegalArgumentException(where + ": lengthFrom needs length = 0");
        }
        for (int i = 0; i < earlier.size(); i++) {
            if (earlier.get(i).name().equals(lengthFrom) && earlier.get(i) instanceof IntegralField count) {
                return new CountedField(name, accessor.asType(OBJECT_TO_OBJECT), elements, count, i);
            }
        }
        throw new IllegalArgumentException(where + ": no earlier integer field named " + lengthFrom);
    }

    private static FieldCodec scalar(final String name, final MethodHandle accessor, final Primitive primitive,
            final Class<?> javaType, final String where) {
        if (primitive == Primitive.F64 && javaType == double.class) {
            return new F64Field(name, accessor.asType(OBJECT_TO_DOUBLE));
        }
        if (primitive == Primitive.BOOL && javaType == boolean.class) {
            return new BoolField(name, accessor.asType(OBJECT_TO_BOOLEAN));
        }
        final JavaIntegral integral = JavaIntegral.of(javaType);
        if (integral == null || !integral.holds(primitive)) {
            throw new IllegalArgumentException(where + ": a " + primitive.vppName() + " cannot be held in a "
                + javaType.getSimpleName());
        }
        return new IntegralField(name, accessor.asType(OBJECT_TO_LONG), primitive, integral);
    }

    /**
     * A value held as an object: a composite record, or an array alias such as a MAC address.
     */
    private ValueCodec value(final Resolved base, final Class<?> javaType, final String where) {
        final String composite = base.composite();
        if (composite != null) {
            if (!javaType.isRecord()) {
                throw new IllegalArgumentException(where + ": " + composite + " is neither declared by a @VppAlias nor "
                    + "held in a @VppType record");
            }
            return recordCodec(javaType, composite);
        }
        final Primitive primitive = base.primitive();
        if (primitive != null && base.aliasLength() >= 0) {
            return new FixedArrayCodec(PrimitiveArrayCodec.of(primitive, javaType, where), base.aliasLength(), where);
        }
        throw new IllegalArgumentException(where + ": a list of scalars must be a primitive array instead");
    }

    private SequenceCodec sequence(final Resolved base, final Class<?> javaType, final Type genericType,
            final String where) {
        final Primitive primitive = base.primitive();
        if (primitive != null && base.aliasLength() < 0) {
            return PrimitiveArrayCodec.of(primitive, javaType, where);
        }
        if (javaType != List.class || !(genericType instanceof ParameterizedType parameterized)
                || !(parameterized.getActualTypeArguments()[0] instanceof Class<?> element)) {
            throw new IllegalArgumentException(where + ": an array of composite values must be a List<X>");
        }
        return new ListCodec(value(base, element, where));
    }

    private static Resolved resolve(final Class<?> owner, final String vppType, final String where) {
        String name = vppType;
        int aliasLength = -1;
        for (int depth = 0; depth < MAX_ALIAS_DEPTH; depth++) {
            if ("string".equals(name)) {
                return new Resolved(null, true, null, aliasLength);
            }
            final Primitive primitive = Primitive.of(name);
            if (primitive != null) {
                return new Resolved(primitive, false, null, aliasLength);
            }
            final VppAlias alias = findAlias(owner, name);
            if (alias == null) {
                return new Resolved(null, false, name, aliasLength);
            }
            if (alias.length() >= 0) {
                if (aliasLength >= 0) {
                    throw new IllegalArgumentException(where + ": " + vppType + " nests array aliases");
                }
                aliasLength = alias.length();
            }
            name = alias.type();
        }
        throw new IllegalArgumentException(where + ": " + vppType + " has too deep an alias chain");
    }

    /**
     * The declaration of a named non-composite type as seen from a record using it.
     */
    static @Nullable VppAlias findAlias(final Class<?> owner, final String name) {
        VppAlias found = find(owner.getAnnotationsByType(VppAlias.class), name);
        if (found == null && owner.getPackage() != null) {
            found = find(owner.getPackage().getAnnotationsByType(VppAlias.class), name);
        }
        if (found == null) {
            found = find(RecordCodecFactory.class.getPackage().getAnnotationsByType(VppAlias.class), name);
        }
        return found;
    }

    private static @Nullable VppAlias find(final VppAlias[] aliases, final String name) {
        return Arrays.stream(aliases).filter(alias -> alias.name().equals(name)).findFirst().orElse(null);
    }

    private MethodHandle accessor(final RecordComponent component, final String where) {
        try {
            return lookup.unreflect(component.getAccessor());
        } catch (IllegalAccessException e) {
            throw new IllegalArgumentException(where + " is not public", e);
        }
    }

    private MethodHandle constructor(final Class<?> type, final RecordComponent[] components) {
        final Class<?>[] parameters = Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new);
        try {
            return lookup.unreflectConstructor(type.getDeclaredConstructor(parameters))
                .asSpreader(Object[].class, parameters.length)
                .asType(SPREAD_CONSTRUCTOR);
        } catch (IllegalAccessException | NoSuchMethodException e) {
            throw new IllegalArgumentException(type.getName() + " has no public canonical constructor", e);
        }
    }
}
