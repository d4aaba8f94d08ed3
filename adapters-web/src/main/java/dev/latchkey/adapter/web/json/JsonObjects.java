package dev.latchkey.adapter.web.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Writes the free JSON objects that the core keeps as text back into an answer. */
public final class JsonObjects {

    private JsonObjects() {}

    /** The stored JSON object under {@code field}, or {@code null}. */
    public static void put(ObjectMapper mapper, ObjectNode node, String field, String json) {
        if (json == null) {
            node.putNull(field);
            return;
        }
        try {
            node.set(field, mapper.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored " + field + " is not JSON", e);
        }
    }
}
