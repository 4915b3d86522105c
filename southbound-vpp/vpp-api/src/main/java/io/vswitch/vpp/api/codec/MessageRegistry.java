package io.vswitch.vpp.api.codec;

import io.vswitch.vpp.api.definition.VppDetails;
import io.vswitch.vpp.api.definition.VppDump;
import io.vswitch.vpp.api.definition.VppEvent;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppMessageBody;
import io.vswitch.vpp.api.definition.VppReply;
import io.vswitch.vpp.api.definition.VppRequest;
import io.vswitch.vpp.api.definition.VppType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.jdt.annotation.Nullable;

/**
 * An immutable set of message definitions, each resolved once into a {@link MessageDescriptor}. Building one
 * checks every definition (annotations, Java types, counts, answer types) and fails with a message naming the
 * record and field at fault. Thread-safe.
 */
public final class MessageRegistry {
    private static final Pattern CRC = Pattern.compile("[0-9a-f]{8}");

    private final List<MessageDescriptor<?>> all;
    private final Map<Class<?>, MessageDescriptor<?>> byType;
    private final Map<String, MessageDescriptor<?>> byNameCrc;
    private final Map<String, List<MessageDescriptor<?>>> byArea;

    private MessageRegistry(final List<MessageDescriptor<?>> all) {
        this.all = List.copyOf(all);
        final Map<Class<?>, MessageDescriptor<?>> types = new HashMap<>();
        final Map<String, MessageDescriptor<?>> names = new HashMap<>();
        for (MessageDescriptor<?> descriptor : all) {
            types.put(descriptor.type(), descriptor);
            if (names.put(descriptor.nameCrc(), descriptor) != null) {
                throw new IllegalArgumentException("Two records define " + descriptor.nameCrc());
            }
        }
        this.byType = Map.copyOf(types);
        this.byNameCrc = Map.copyOf(names);
        final Map<String, List<MessageDescriptor<?>>> areas = new LinkedHashMap<>();
        for (MessageDescriptor<?> descriptor : all) {
            areas.computeIfAbsent(descriptor.area(), area -> new ArrayList<>()).add(descriptor);
        }
        areas.replaceAll((area, descriptors) -> List.copyOf(descriptors));
        this.byArea = Collections.unmodifiableMap(areas);
    }

    /**
     * Resolves these message records.
     *
     * @throws IllegalArgumentException if a definition is invalid, or a request's reply or a dump's details
     *     record is not among them
     */
    public static MessageRegistry of(final Collection<Class<? extends VppMessageBody>> messageTypes) {
        final RecordCodecFactory factory = new RecordCodecFactory();
        final List<MessageDescriptor<?>> descriptors = new ArrayList<>();
        for (Class<? extends VppMessageBody> type : new LinkedHashSet<>(messageTypes)) {
            descriptors.add(describe(type, factory));
        }
        final MessageRegistry registry = new MessageRegistry(descriptors);
        for (MessageDescriptor<?> descriptor : descriptors) {
            final Class<?> answer = descriptor.answerType();
            if (answer != null && !registry.byType.containsKey(answer)) {
                throw new IllegalArgumentException(descriptor.name() + " is answered by " + answer.getSimpleName()
                    + ", which is not registered");
            }
        }
        return registry;
    }

    /**
     * The descriptor of a registered message record.
     *
     * @throws IllegalArgumentException if it is not registered
     */
    @SuppressWarnings("unchecked")
    public <T> MessageDescriptor<T> descriptor(final Class<T> type) {
        final MessageDescriptor<?> descriptor = byType.get(type);
        if (descriptor == null) {
            throw new IllegalArgumentException(type.getName() + " is not a registered message");
        }
        return (MessageDescriptor<T>) descriptor;
    }

    /**
     * The descriptor of a message instance's record, typed for encoding it.
     *
     * @throws IllegalArgumentException if its record is not registered
     */
    @SuppressWarnings("unchecked")
    public <T> MessageDescriptor<T> descriptorOf(final T body) {
        return descriptor((Class<T>) body.getClass());
    }

    /**
     * Whether this record is registered.
     */
    public boolean contains(final Class<?> type) {
        return byType.containsKey(type);
    }

    /**
     * The descriptor of a message table key such as {@code control_ping_51077d14}.
     */
    public Optional<MessageDescriptor<?>> byNameCrc(final String nameCrc) {
        return Optional.ofNullable(byNameCrc.get(nameCrc));
    }

    /**
     * Every descriptor, in registration order.
     */
    public List<MessageDescriptor<?>> all() {
        return all;
    }

    /**
     * The descriptors grouped by feature area, areas and messages in registration order.
     */
    public Map<String, List<MessageDescriptor<?>>> byArea() {
        return byArea;
    }

    @Override
    public String toString() {
        return "MessageRegistry(" + all.size() + " messages)";
    }

    private static <T extends VppMessageBody> MessageDescriptor<T> describe(final Class<T> type,
            final RecordCodecFactory factory) {
        final VppMessage message = type.getAnnotation(VppMessage.class);
        if (message == null || type.isAnnotationPresent(VppType.class)) {
            throw new IllegalArgumentException(type.getName() + " must be annotated @VppMessage and not @VppType");
        }
        if (!CRC.matcher(message.crc()).matches()) {
            throw new IllegalArgumentException(type.getName() + ": the CRC must be 8 lower-case hex digits, not "
                + message.crc());
        }
        final MessageKind kind = kind(type);
        final MessageHeader header = message.header().length == 0 ? kind.defaultHeader()
            : MessageHeader.ofFields(List.of(message.header()));
        final @Nullable Class<? extends VppMessageBody> answer = switch (kind) {
            case REQUEST -> answerType(type, VppRequest.class);
            case DUMP -> answerType(type, VppDump.class);
            default -> null;
        };
        return new MessageDescriptor<>(message.name(), message.crc(), message.area(), type, kind, header, answer,
            factory.recordCodec(type, null));
    }

    private static MessageKind kind(final Class<?> type) {
        final List<MessageKind> kinds = new ArrayList<>(1);
        if (VppRequest.class.isAssignableFrom(type)) {
            kinds.add(MessageKind.REQUEST);
        }
        if (VppDump.class.isAssignableFrom(type)) {
            kinds.add(MessageKind.DUMP);
        }
        if (VppReply.class.isAssignableFrom(type)) {
            kinds.add(MessageKind.REPLY);
        }
        if (VppDetails.class.isAssignableFrom(type)) {
            kinds.add(MessageKind.DETAILS);
        }
        if (VppEvent.class.isAssignableFrom(type)) {
            kinds.add(MessageKind.EVENT);
        }
        if (kinds.size() != 1) {
            throw new IllegalArgumentException(type.getName() + " must implement exactly one message kind, not "
                + kinds.toString().toLowerCase(Locale.ROOT));
        }
        return kinds.get(0);
    }

    private static Class<? extends VppMessageBody> answerType(final Class<?> type, final Class<?> kind) {
        for (Type implemented : type.getGenericInterfaces()) {
            if (implemented instanceof ParameterizedType parameterized && parameterized.getRawType() == kind
                    && parameterized.getActualTypeArguments()[0] instanceof Class<?> answer) {
                return answer.asSubclass(VppMessageBody.class);
            }
        }
        throw new IllegalArgumentException(type.getName() + " must implement " + kind.getSimpleName()
            + " directly, with a concrete type argument");
    }
}
