package io.vswitch.vpp.api.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * VPP's own API definitions ({@code shared/vpp-api/*.api.json}), indexed by name: messages, composite types,
 * aliases, enums, enumflags and unions. Type names are keyed as fields refer to them ({@code vl_api_X_t}).
 */
final class ApiDefinitions {
    /**
     * One field of a message or type: {@code [type, name, (length | length-field)...]}.
     */
    record Field(String type, String name, int length, String lengthFrom) {
        static Field of(final JsonNode node) {
            int length = -1;
            String lengthFrom = "";
            if (node.size() > 2 && node.get(2).isNumber()) {
                length = node.get(2).asInt();
                if (node.size() > 3 && node.get(3).isTextual()) {
                    lengthFrom = node.get(3).asText();
                }
            }
            return new Field(node.get(0).asText(), node.get(1).asText(), length, lengthFrom);
        }
    }

    /**
     * A message: its fields (header included) and its CRC padded to 8 hex digits.
     */
    record Message(String name, List<Field> fields, String crc) {
    }

    /**
     * A non-composite named type: an alias ({@code type}, {@code length}), an enum or enumflags ({@code type} is
     * the enumtype, {@code length} -1), or a union ({@code type} u8, {@code length} its size).
     */
    record Scalar(String kind, String type, int length) {
    }

    private final Map<String, Message> messages = new HashMap<>();
    private final Map<String, List<Field>> types = new HashMap<>();
    private final Map<String, Scalar> scalars = new HashMap<>();
    private final Map<String, List<Field>> unions = new HashMap<>();

    private ApiDefinitions() {
    }

    /**
     * The folder {@code shared/vpp-api} found by walking up from the working directory, if present.
     */
    static Optional<Path> locate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            final Path candidate = dir.resolve("shared").resolve("vpp-api");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static ApiDefinitions load(final Path folder) {
        final ObjectMapper mapper = new ObjectMapper();
        final ApiDefinitions definitions = new ApiDefinitions();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(path -> path.getFileName().toString().endsWith(".api.json")).sorted()
                    .toList()) {
                definitions.add(mapper.readTree(file.toFile()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return definitions;
    }

    private void add(final JsonNode root) {
        for (JsonNode message : root.path("messages")) {
            final List<Field> fields = new ArrayList<>();
            String crc = "";
            for (int i = 1; i < message.size(); i++) {
                final JsonNode element = message.get(i);
                if (element.isArray()) {
                    fields.add(Field.of(element));
                } else if (element.has("crc")) {
                    crc = String.format("%08x", Long.parseLong(element.get("crc").asText().substring(2), 16));
                }
            }
            final String name = message.get(0).asText();
            messages.putIfAbsent(name, new Message(name, List.copyOf(fields), crc));
        }
        for (JsonNode type : root.path("types")) {
            types.putIfAbsent(key(type.get(0).asText()), fields(type));
        }
        for (JsonNode union : root.path("unions")) {
            unions.putIfAbsent(key(union.get(0).asText()), fields(union));
        }
        root.path("aliases").fields().forEachRemaining(entry -> scalars.putIfAbsent(key(entry.getKey()),
            new Scalar("alias", entry.getValue().get("type").asText(), entry.getValue().path("length").asInt(-1))));
        for (String kind : List.of("enums", "enumflags")) {
            for (JsonNode enumeration : root.path(kind)) {
                final JsonNode options = enumeration.get(enumeration.size() - 1);
                scalars.putIfAbsent(key(enumeration.get(0).asText()),
                    new Scalar(kind, options.path("enumtype").asText("u32"), -1));
            }
        }
    }

    private static List<Field> fields(final JsonNode definition) {
        final List<Field> fields = new ArrayList<>();
        for (int i = 1; i < definition.size(); i++) {
            if (definition.get(i).isArray()) {
                fields.add(Field.of(definition.get(i)));
            }
        }
        return List.copyOf(fields);
    }

    private static String key(final String name) {
        return "vl_api_" + name + "_t";
    }

    Optional<Message> message(final String name) {
        return Optional.ofNullable(messages.get(name));
    }

    Optional<List<Field>> type(final String name) {
        return Optional.ofNullable(types.get(name));
    }

    /**
     * A non-composite type; unions are reported as u8 arrays of their size.
     */
    Optional<Scalar> scalar(final String name) {
        final List<Field> union = unions.get(name);
        if (union != null) {
            final int size = union.stream().mapToInt(field -> fixedSize(List.of(field))).max().orElse(0);
            return Optional.of(new Scalar("union", "u8", size));
        }
        return Optional.ofNullable(scalars.get(name));
    }

    /**
     * The size of fields with no variable part, from the definitions alone.
     *
     * @throws IllegalArgumentException if a field is variable or a type does not resolve
     */
    int fixedSize(final List<Field> fields) {
        int size = 0;
        for (Field field : fields) {
            if (field.length() == 0) {
                throw new IllegalArgumentException(field.name() + " is variable");
            }
            size += Math.max(field.length(), 1) * elementSize(field.type());
        }
        return size;
    }

    /**
     * The size of one element of a type, strings being one byte per character.
     */
    int elementSize(final String type) {
        switch (type) {
            case "u8", "i8", "bool", "string":
                return 1;
            case "u16", "i16":
                return 2;
            case "u32", "i32":
                return 4;
            case "u64", "i64", "f64":
                return 8;
            default:
                break;
        }
        final List<Field> composite = types.get(type);
        if (composite != null) {
            return fixedSize(composite);
        }
        final Scalar scalar = scalar(type).orElseThrow(() -> new IllegalArgumentException(type + " is undefined"));
        return Math.max(scalar.length(), 1) * elementSize(scalar.type());
    }
}
