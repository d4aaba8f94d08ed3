package dev.latchkey.adapter.web.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.latchkey.adapter.web.error.ApiException;
import dev.latchkey.adapter.web.error.ErrorCode;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /**
     * The request's body, which must be sent as JSON. The content type is read as sent: Javalin's
     * parsed one throws on a malformed charset parameter, which is the client's fault, not ours.
     */
    public static JsonBody parse(ObjectMapper mapper, Context ctx) {
        return parse(mapper, ctx.header(Header.CONTENT_TYPE), ctx.bodyAsBytes());
    }

    private static JsonBody parse(ObjectMapper mapper, String contentType, byte[] body) {
        if (!isJson(contentType)) {
            throw new ApiException(ErrorCode.LK303);
        }
        try {
            JsonNode node = mapper.readTree(body);
            if (node instanceof ObjectNode object && wellFormedText(object)) {
                return new JsonBody(object);
            }
        } catch (JacksonException e) {
            throw new ApiException(ErrorCode.LK100);
        } catch (IOException e) {
            throw new ApiException(ErrorCode.LK100);
        }
        throw new ApiException(ErrorCode.LK100);
    }

    /** {@code application/json} or a JSON-based type such as {@code application/merge-patch+json}, with any parameters. */
    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"));
    }

    /**
     * Whether every name and string in the tree is well-formed Unicode. JSON lets an escape spell half a
     * surrogate pair ({@code "\ud800"}); such a string cannot be written out again as UTF-8, so keeping it
     * would break every later read of the record.
     */
    private static boolean wellFormedText(JsonNode tree) {
        Deque<JsonNode> pending = new ArrayDeque<>(List.of(tree));
        while (!pending.isEmpty()) {
            JsonNode node = pending.pop();
            if (node.isTextual() && !wellFormed(node.textValue())) {
                return false;
            }
            if (node.isObject()) {
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    if (!wellFormed(field.getKey())) {
                        return false;
                    }
                    pending.push(field.getValue());
                }
            } else if (node.isArray()) {
                node.forEach(pending::push);
            }
        }
        return true;
    }

    private static boolean wellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** A string field that must be present and not empty; {@code missing} is the code to answer when it is not. */
    public String requiredText(String field, ErrorCode missing) {
        return optionalText(field)
                .filter(text -> !text.isEmpty())
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
