package dev.latchkey.adapter.web.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.latchkey.adapter.web.error.ApiException;
import dev.latchkey.adapter.web.error.ErrorCode;
import java.io.IOException;
import java.util.Optional;

/**
 * A request's JSON object, read field by field so that each missing or mistyped field is answered
 * with a {@code 400} naming it. Unknown fields are ignored.
 */
public final class JsonBody {

    private final ObjectNode root;

    private JsonBody(ObjectNode root) {
        this.root = root;
    }

    public static JsonBody parse(ObjectMapper mapper, String contentType, byte[] body) {
        if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new ApiException(ErrorCode.LK303);
        }
        try {
            JsonNode node = mapper.readTree(body);
            if (node instanceof ObjectNode object) {
                return new JsonBody(object);
            }
        } catch (JacksonException e) {
            throw new ApiException(ErrorCode.LK100);
        } catch (IOException e) {
            throw new ApiException(ErrorCode.LK100);
        }
        throw new ApiException(ErrorCode.LK100);
    }

    /** A string field that must be present and not empty; {@code missing} is the code to answer when it is not. */
    public String requiredText(String field, ErrorCode missing) {
        return optionalText(field).filter(text -> !text.isEmpty())
                .orElseThrow(() -> ApiException.forField(missing, field, "missing_value"));
    }

    /** A boolean field that may be absent or {@code null}; any other type is a {@code 400} naming it. */
    public Optional<Boolean> optionalBoolean(String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isBoolean()) {
            throw ApiException.forField(ErrorCode.LK101, field, "wrong_type");
        }
        return Optional.of(node.booleanValue());
    }

    /** The whole JSON object, for the calls that read it as a merge patch. */
    public ObjectNode root() {
        return root;
    }

    /** An object field that may be absent or {@code null}; any other type is a {@code 400} naming it. */
    public Optional<ObjectNode> optionalObject(String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!(node instanceof ObjectNode object)) {
            throw ApiException.forField(ErrorCode.LK101, field, "wrong_type");
        }
        return Optional.of(object);
    }

    public Optional<String> optionalText(String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw ApiException.forField(ErrorCode.LK101, field, "wrong_type");
        }
        return Optional.of(node.textValue());
    }
}
