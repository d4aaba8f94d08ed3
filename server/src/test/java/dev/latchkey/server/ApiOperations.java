package dev.latchkey.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every operation of the JSON API as the served OpenAPI document lists it: what a test needs to call
 * each one with hostile input. A route added to the API (and so to the document) is in the list.
 */
final class ApiOperations {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    /** The kind of bearer token an operation takes. */
    enum Auth {
        NONE,
        ANONYMOUS,
        CUSTOMER,
        SERVICE,
        CLIENT_BASIC
    }

    /**
     * One operation: its method and path template, its token kind, the JSON fields of its body (name to
     * the JSON types the document allows; empty when it takes no JSON) and its query parameters.
     */
    record Operation(
            String method,
            String template,
            Auth auth,
            boolean takesJson,
            Map<String, List<String>> fields,
            List<String> queryParameters) {

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    private ApiOperations() {}

    static List<Operation> parse(String document) {
        try {
            JsonNode root = new ObjectMapper().readTree(document);
            List<Operation> operations = new ArrayList<>();
            root.get("paths")
                    .fields()
                    .forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                        if (METHODS.contains(op.getKey())) {
                            operations.add(operation(
                                    root, op.getKey().toUpperCase(Locale.ROOT), path.getKey(), op.getValue()));
                        }
                    }));
            return List.copyOf(operations);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Operation operation(JsonNode root, String method, String template, JsonNode op) {
        JsonNode json = op.path("requestBody").path("content").path("application/json");
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (!json.isMissingNode()) {
            resolve(root, json.get("schema")).path("properties").fields().forEachRemaining(field -> {
                JsonNode type = resolve(root, field.getValue()).path("type");
                List<String> types = new ArrayList<>();
                if (type.isArray()) {
                    type.forEach(t -> types.add(t.asText()));
                } else if (type.isTextual()) {
                    types.add(type.asText());
                }
                fields.put(field.getKey(), List.copyOf(types));
            });
        }
        List<String> query = new ArrayList<>();
        op.path("parameters").forEach(parameter -> {
            JsonNode resolved = resolve(root, parameter);
            if ("query".equals(resolved.path("in").asText())) {
                query.add(resolved.path("name").asText());
            }
        });
        return new Operation(method, template, auth(op), !json.isMissingNode(), fields, List.copyOf(query));
    }

    private static Auth auth(JsonNode op) {
        String text = op.path("security").toString();
        if (text.contains("customerToken")) {
            return Auth.CUSTOMER;
        }
        if (text.contains("anonymousToken")) {
            return Auth.ANONYMOUS;
        }
        if (text.contains("serviceToken")) {
            return Auth.SERVICE;
        }
        return text.contains("clientBasic") ? Auth.CLIENT_BASIC : Auth.NONE;
    }

    private static JsonNode resolve(JsonNode root, JsonNode node) {
        JsonNode ref = node.path("$ref");
        if (!ref.isTextual()) {
            return node;
        }
        return resolve(root, root.at(ref.asText().substring(1)));
    }
}
