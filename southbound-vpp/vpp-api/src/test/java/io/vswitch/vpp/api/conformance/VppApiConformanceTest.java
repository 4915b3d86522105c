package io.vswitch.vpp.api.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.vswitch.vpp.api.codec.MessageDescriptor;
import io.vswitch.vpp.api.codec.MessageHeader;
import io.vswitch.vpp.api.codec.MessageKind;
import io.vswitch.vpp.api.codec.MessageRegistry;
import io.vswitch.vpp.api.codec.VppMessages;
import io.vswitch.vpp.api.conformance.ApiDefinitions.Field;
import io.vswitch.vpp.api.conformance.ApiDefinitions.Message;
import io.vswitch.vpp.api.conformance.ApiDefinitions.Scalar;
import io.vswitch.vpp.api.definition.VppAlias;
import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppType;
import io.vswitch.vpp.api.message.Samples;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceDetails;
import io.vswitch.vpp.api.message.l3.IpRoute;
import io.vswitch.vpp.api.message.l3.IpRouteAddDel;
import io.vswitch.vpp.api.message.types.Address;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every catalogued message against VPP v26.06's own definitions: name, CRC, header, fields (names, order, types,
 * lengths, recursively through composite types), named type declarations, and the encoded size. All mismatches
 * are reported at once. Skipped when {@code shared/vpp-api} is not found above the working directory.
 */
class VppApiConformanceTest {
    private static final MessageRegistry REGISTRY = VppMessages.registry();
    private static final Set<String> PRIMITIVES = Set.of("u8", "i8", "u16", "i16", "u32", "i32", "u64", "i64",
        "f64", "bool", "string");

    private static @Nullable ApiDefinitions api;

    @BeforeAll
    static void loadDefinitions() {
        final Optional<Path> folder = ApiDefinitions.locate();
        assumeTrue(folder.isPresent(), "shared/vpp-api not found above " + Path.of("").toAbsolutePath());
        api = ApiDefinitions.load(folder.orElseThrow());
    }

    private static ApiDefinitions api() {
        final ApiDefinitions loaded = api;
        assumeTrue(loaded != null);
        return loaded;
    }

    @Test
    void everyMessageMatchesVppDefinition() {
        final List<String> problems = new ArrayList<>();
        final Set<Class<?>> checkedTypes = new HashSet<>();
        for (MessageDescriptor<?> descriptor : REGISTRY.all()) {
            checkMessage(descriptor, problems, checkedTypes);
        }
        assertTrue(problems.isEmpty(), problems.size() + " mismatches:\n" + String.join("\n", problems));
    }

    @Test
    void everyNamedTypeDeclarationMatchesVppDefinition() {
        final Set<Package> packages = new LinkedHashSet<>();
        packages.add(VppMessages.class.getPackage());
        packages.add(Address.class.getPackage());
        VppMessages.all().forEach(type -> packages.add(type.getPackage()));
        final List<String> problems = new ArrayList<>();
        int declarations = 0;
        for (Package declaring : packages) {
            for (VppAlias alias : declaring.getAnnotationsByType(VppAlias.class)) {
                declarations++;
                final Optional<Scalar> scalar = api().scalar(alias.name());
                if (scalar.isEmpty()) {
                    problems.add(declaring.getName() + ": " + alias.name() + " is not a VPP alias, enum or union");
                } else if (!scalar.orElseThrow().type().equals(alias.type())
                        || scalar.orElseThrow().length() != alias.length()) {
                    problems.add(declaring.getName() + ": " + alias.name() + " declared " + alias.type() + "["
                        + alias.length() + "], VPP has " + scalar.orElseThrow());
                }
            }
        }
        assertTrue(declarations > 30, "found only " + declarations + " declarations");
        assertTrue(problems.isEmpty(), problems.size() + " mismatches:\n" + String.join("\n", problems));
    }

    @Test
    void sizeAnchors() {
        final Message details = api().message("sw_interface_details").orElseThrow();
        assertEquals(295, api().fixedSize(details.fields()));
        final MessageDescriptor<SwInterfaceDetails> descriptor = REGISTRY.descriptor(SwInterfaceDetails.class);
        assertEquals(295, descriptor.header().size() + encodedSize(descriptor, new Samples().sample(
            SwInterfaceDetails.class)));

        assertEquals(167, api().elementSize("vl_api_fib_path_t"));
        final MessageDescriptor<IpRouteAddDel> routeAdd = REGISTRY.descriptor(IpRouteAddDel.class);
        final IpRouteAddDel twoPaths = new Samples().sample(IpRouteAddDel.class);
        final IpRoute route = twoPaths.route();
        final IpRouteAddDel onePath = new IpRouteAddDel(true, false, new IpRoute(route.tableId(), route.statsIndex(),
            route.prefix(), 1, List.of(route.paths().get(0))));
        assertEquals(167, encodedSize(routeAdd, twoPaths) - encodedSize(routeAdd, onePath));
    }

    private static <T> int encodedSize(final MessageDescriptor<T> descriptor, final T body) {
        final ByteBuf out = Unpooled.buffer();
        descriptor.encode(body, out);
        return out.readableBytes();
    }

    private void checkMessage(final MessageDescriptor<?> descriptor, final List<String> problems,
            final Set<Class<?>> checkedTypes) {
        final String name = descriptor.name();
        final Optional<Message> found = api().message(name);
        if (found.isEmpty()) {
            problems.add(name + ": no such message in VPP");
            return;
        }
        final Message message = found.orElseThrow();
        if (!message.crc().equals(descriptor.crc())) {
            problems.add(name + ": CRC " + descriptor.crc() + ", VPP has " + message.crc());
        }
        checkKind(descriptor, problems);

        final MessageHeader header = descriptor.header();
        final List<Field> fields = message.fields();
        final List<String> headerNames = fields.stream().limit(1 + header.fields().size()).map(Field::name).toList();
        final List<String> expectedHeader = new ArrayList<>();
        expectedHeader.add("_vl_msg_id");
        expectedHeader.addAll(header.fields());
        if (!headerNames.equals(expectedHeader)) {
            problems.add(name + ": header " + expectedHeader + ", VPP has " + headerNames);
            return;
        }
        final List<Field> body = fields.subList(expectedHeader.size(), fields.size());
        final int before = problems.size();
        compareFields(name, descriptor.type(), body, problems, checkedTypes);
        if (problems.size() == before) {
            checkSize(descriptor, body, problems);
        }
    }

    private static void checkKind(final MessageDescriptor<?> descriptor, final List<String> problems) {
        final String name = descriptor.name();
        final Class<?> answer = descriptor.answerType();
        final String answerName = answer == null ? null : answer.getAnnotation(VppMessage.class).name();
        final boolean consistent = switch (descriptor.kind()) {
            case REQUEST -> (name + "_reply").equals(answerName);
            case DUMP -> name.endsWith("_dump")
                && (name.substring(0, name.length() - "_dump".length()) + "_details").equals(answerName);
            case REPLY -> name.endsWith("_reply");
            case DETAILS -> name.endsWith("_details");
            case EVENT -> name.endsWith("_event");
        };
        if (!consistent) {
            problems.add(name + ": kind " + descriptor.kind() + " answered by " + answerName);
        }
        if (descriptor.kind() == MessageKind.REPLY && descriptor.header() != MessageHeader.CONTEXT
                && !name.equals("sockclnt_create_reply")) {
            problems.add(name + ": irregular header " + descriptor.header());
        }
    }

    private void compareFields(final String path, final Class<?> record, final List<Field> json,
            final List<String> problems, final Set<Class<?>> checkedTypes) {
        final RecordComponent[] components = record.getRecordComponents();
        if (components.length != json.size()) {
            problems.add(path + ": fields " + Arrays.stream(components).map(Samples::vppName).toList() + ", VPP has "
                + json.stream().map(Field::name).toList());
        }
        for (int i = 0; i < Math.min(components.length, json.size()); i++) {
            final RecordComponent component = components[i];
            final VppField ours = component.getAnnotation(VppField.class);
            final Field theirs = json.get(i);
            final String where = path + "." + theirs.name();
            final Field declared = new Field(ours.value(), Samples.vppName(component), ours.length(),
                ours.lengthFrom());
            if (!declared.equals(theirs)) {
                problems.add(where + ": declared " + declared + ", VPP has " + theirs);
            }
            checkType(where, record, component, theirs.type(), problems, checkedTypes);
        }
    }

    private void checkType(final String where, final Class<?> owner, final RecordComponent component,
            final String type, final List<String> problems, final Set<Class<?>> checkedTypes) {
        if (PRIMITIVES.contains(type)) {
            return;
        }
        String composite = type;
        if (api().type(type).isEmpty()) {
            final Optional<Scalar> scalar = api().scalar(type);
            if (scalar.isEmpty()) {
                problems.add(where + ": " + type + " does not resolve in VPP's definitions");
                return;
            }
            final Scalar theirs = scalar.orElseThrow();
            final Optional<VppAlias> ours = Samples.findAlias(owner, type);
            if (ours.isEmpty()) {
                problems.add(where + ": " + type + " is not declared for the codec");
            } else if (!ours.orElseThrow().type().equals(theirs.type())
                    || ours.orElseThrow().length() != theirs.length()) {
                problems.add(where + ": " + type + " declared " + ours.orElseThrow().type() + "["
                    + ours.orElseThrow().length() + "], VPP has " + theirs);
            }
            if (api().type(theirs.type()).isEmpty()) {
                return;
            }
            composite = theirs.type();
        }
        final Class<?> javaType = component.getType() == List.class
            ? (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0]
            : component.getType();
        final VppType annotation = javaType.getAnnotation(VppType.class);
        if (annotation == null || !annotation.value().equals(composite)) {
            problems.add(where + ": " + javaType.getSimpleName() + " is not the @VppType " + composite);
        } else if (checkedTypes.add(javaType)) {
            compareFields(composite, javaType, api().type(composite).orElseThrow(), problems, checkedTypes);
        }
    }

    /**
     * The size of a sample encoded by the codec against the size VPP's definitions give it.
     */
    private <T> void checkSize(final MessageDescriptor<T> descriptor, final List<Field> body,
            final List<String> problems) {
        final T sample = new Samples().sample(descriptor.type());
        final int expected = size(body, sample);
        final int actual = encodedSize(descriptor, sample);
        if (expected != actual) {
            problems.add(descriptor.name() + ": a sample encodes to " + actual + " bytes, VPP's definition gives "
                + expected);
        }
    }

    private int size(final List<Field> fields, final Object record) {
        final RecordComponent[] components = record.getClass().getRecordComponents();
        int size = 0;
        for (int i = 0; i < fields.size(); i++) {
            final Field field = fields.get(i);
            final Object value = get(components[i], record);
            if ("string".equals(field.type())) {
                size += field.length() > 0 ? field.length()
                    : Integer.BYTES + ((String) value).getBytes(StandardCharsets.UTF_8).length;
            } else if (field.length() == 0) {
                final int count = ((Number) get(component(components, field.lengthFrom()), record)).intValue();
                size += elementsSize(field.type(), value, count);
            } else if (field.length() > 0) {
                size += field.length() * api().elementSize(field.type());
            } else {
                size += elementsSize(field.type(), value, -1);
            }
        }
        return size;
    }

    /**
     * The size of a value (count -1) or of the first {@code count} elements of a list or array value.
     */
    private int elementsSize(final String type, final Object value, final int count) {
        String composite = type;
        if (api().type(type).isEmpty()) {
            final Optional<Scalar> scalar = api().scalar(type);
            composite = scalar.isPresent() ? scalar.orElseThrow().type() : type;
        }
        final Optional<List<Field>> fields = api().type(composite);
        if (fields.isEmpty()) {
            return Math.max(count, 1) * api().elementSize(type);
        }
        if (count < 0) {
            return size(fields.orElseThrow(), value);
        }
        int size = 0;
        for (Object element : ((List<?>) value).subList(0, count)) {
            size += size(fields.orElseThrow(), element);
        }
        return size;
    }

    private static RecordComponent component(final RecordComponent[] components, final String vppName) {
        return Arrays.stream(components).filter(component -> Samples.vppName(component).equals(vppName))
            .findFirst().orElseThrow(() -> new AssertionError("no count field " + vppName));
    }

    private static Object get(final RecordComponent component, final Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }
}
