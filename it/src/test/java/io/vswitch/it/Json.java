package io.vswitch.it;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * JSON as RESTCONF returns it, made comparable: YANG lists are unordered, so list entries are sorted by their
 * {@code name} key before comparison.
 */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static JsonNode canonical(final String json) throws JsonProcessingException {
        return canonical(MAPPER.readTree(json));
    }

    static JsonNode canonical(final JsonNode node) {
        if (node instanceof ObjectNode object) {
            final ObjectNode copy = MAPPER.createObjectNode();
            object.fields().forEachRemaining(field -> copy.set(field.getKey(), canonical(field.getValue())));
            return copy;
        }
        if (node instanceof ArrayNode array) {
            final List<JsonNode> items = new ArrayList<>();
            array.forEach(item -> items.add(canonical(item)));
            items.sort(Comparator.comparing(item -> item.has("name") ? item.get("name").asText() : item.toString()));
            return MAPPER.createArrayNode().addAll(items);
        }
        return node;
    }

    /**
     * The entry of a list whose {@code name} is the given one.
     */
    static JsonNode entry(final JsonNode list, final String name) {
        for (JsonNode item : list) {
            if (name.equals(item.path("name").asText())) {
                return item;
            }
        }
        throw new AssertionError("no entry named " + name + " in " + list);
    }
}
