package dev.latchkey.adapter.web.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.latchkey.adapter.web.error.ApiException;
import dev.latchkey.adapter.web.error.ErrorCode;
import dev.latchkey.domain.profile.Change;
import dev.latchkey.domain.profile.InvalidFieldException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads a JSON object as a JSON Merge Patch (RFC 7396): a field that is absent stays, {@code null}
 * clears it, a value sets it. A value of the wrong type is a {@code 400} naming the field, with
 * {@code prefix} before its name (e.g. {@code customerDetails.}).
 */
public final class MergePatch {

    private final ObjectMapper mapper;
    private final ObjectNode object;
    private final String prefix;

    public MergePatch(ObjectMapper mapper, ObjectNode object, String prefix) {
        this.mapper = mapper;
        this.object = object;
        this.prefix = prefix;
    }

    public Change<String> text(String field) {
        JsonNode node = object.get(field);
        if (node == null) {
            return Change.keep();
        }
        if (node.isNull()) {
            return Change.clear();
        }
        if (!node.isTextual()) {
            throw wrongType(field);
        }
        return Change.to(node.textValue());
    }

    public Change<Boolean> bool(String field) {
        JsonNode node = object.get(field);
        if (node == null) {
            return Change.keep();
        }
        if (node.isNull()) {
            return Change.clear();
        }
        if (!node.isBoolean()) {
            throw wrongType(field);
        }
        return Change.to(node.booleanValue());
    }

    /** A JSON object field, kept as its compact JSON text. */
    public Change<String> jsonObject(String field) {
        JsonNode node = object.get(field);
        if (node == null) {
            return Change.keep();
        }
        if (node.isNull()) {
            return Change.clear();
        }
        if (!node.isObject()) {
            throw wrongType(field);
        }
        try {
            return Change.to(mapper.writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw wrongType(field);
        }
    }

    public Change<List<String>> strings(String field) {
        JsonNode node = object.get(field);
        if (node == null) {
            return Change.keep();
        }
        if (node.isNull()) {
            return Change.clear();
        }
        if (!node.isArray()) {
            throw wrongType(field);
        }
        List<String> values = new ArrayList<>();
        for (JsonNode element : node) {
            if (!element.isTextual()) {
                throw wrongType(field);
            }
            values.add(element.textValue());
        }
        return Change.to(values);
    }

    /** Builds the domain patch, turning a broken field rule into a {@code 400} naming the field. */
    public <T> T build(Supplier<T> patch) {
        try {
            return patch.get();
        } catch (InvalidFieldException e) {
            throw invalid(prefix, e);
        }
    }

    /** The answer to a broken field rule: tags {@code LK144}, too long {@code LK141}, else {@code LK140}. */
    public static ApiException invalid(String prefix, InvalidFieldException e) {
        String field = prefix + e.field();
        if (e.field().equals("tags")) {
            return ApiException.forField(
                    ErrorCode.LK144,
                    field,
                    e.problem() == InvalidFieldException.Problem.TOO_MANY ? "too_many" : "invalid_value");
        }
        if (e.problem() == InvalidFieldException.Problem.TOO_LONG) {
            return ApiException.forField(ErrorCode.LK141, field, "too_long");
        }
        return ApiException.forField(ErrorCode.LK140, field, "invalid_value");
    }

    private ApiException wrongType(String field) {
        return ApiException.forField(ErrorCode.LK101, prefix + field, "wrong_type");
    }
}
