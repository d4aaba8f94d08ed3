package dev.latchkey.server;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI document of the JSON API (the resource the server serves at {@code /openapi.json}) as a
 * checker of real calls: it finds the operation of a request by path and method, and checks the
 * request and the answer against it with JSON Schema 2020-12, the dialect of OpenAPI 3.1.
 */
final class ApiContract {

    /** Paths that are not JSON API and not described: pages, the dev mailbox, the reference itself. */
    private static final List<String> UNDESCRIBED_PREFIXES =
            List.of("/ui/", "/ui", "/dev/", "/docs", "/openapi.json", "/favicon");

    private static final String BASE = "https://latchkey.invalid/openapi.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ApiContract INSTANCE = load();

    private final JsonNode document;
    private final List<PathTemplate> paths;
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private record PathTemplate(String template, Pattern regex, int parameters) {}

    private ApiContract(String text) {
        this.document = JSON.readTree(text);
        List<PathTemplate> templates = new ArrayList<>();
        document.get("paths")
                .propertyNames()
                .forEach(template -> templates.add(new PathTemplate(
                        template,
                        Pattern.compile(template.replaceAll("\\.", "\\\\.").replaceAll("\\{[^}/]+}", "[^/]+")),
                        template.split("\\{", -1).length - 1)));
        templates.sort(Comparator.comparingInt(PathTemplate::parameters));
        this.paths = List.copyOf(templates);
        this.registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12, builder -> builder.schemas(Map.of(BASE, text)));
    }

    static ApiContract get() {
        return INSTANCE;
    }

    private static ApiContract load() {
        try (InputStream in = ApiContract.class.getResourceAsStream("/dev/latchkey/adapter/web/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is not on the class path");
            }
            return new ApiContract(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode document() {
        return document;
    }

    /** Whether the document has nothing to say about this path (pages, mailbox, the reference itself). */
    static boolean undescribed(String path) {
        return UNDESCRIBED_PREFIXES.stream().anyMatch(path::startsWith);
    }

    /** A request as sent: method, URI, headers and the raw body (empty when none). */
    record Call(String method, URI uri, HttpHeaders headers, byte[] body) {}

    /** What the document says against one exchange: problems with the request, and problems with the answer. */
    record Verdict(List<String> request, List<String> response) {}

    Verdict check(Call call, int status, HttpHeaders responseHeaders, String responseBody) {
        List<String> requestProblems = new ArrayList<>();
        List<String> responseProblems = new ArrayList<>();
        String path = call.uri().getRawPath();
        Optional<PathTemplate> template =
                paths.stream().filter(t -> t.regex().matcher(path).matches()).findFirst();
        JsonNode operation = template.map(t -> document.get("paths")
                        .get(t.template())
                        .get(call.method().toLowerCase(Locale.ROOT)))
                .orElse(null);
        if (operation == null) {
            requestProblems.add(
                    template.isEmpty()
                            ? "no path of the document matches " + path
                            : "the document has no " + call.method() + " on "
                                    + template.get().template());
            if (status < 400 || status >= 500) {
                responseProblems.add("answered " + status + " to a call the document does not describe");
            }
            responseProblems.addAll(errorBody(status, responseBody));
            return new Verdict(requestProblems, responseProblems);
        }
        String where = call.method() + " " + template.get().template();
        checkRequest(operation, call, requestProblems);
        checkResponse(operation, status, responseHeaders, responseBody, responseProblems);
        requestProblems.replaceAll(problem -> where + ": request: " + problem);
        responseProblems.replaceAll(problem -> where + ": " + status + ": " + problem);
        return new Verdict(requestProblems, responseProblems);
    }

    private void checkRequest(JsonNode operation, Call call, List<String> problems) {
        JsonNode security = operation.path("security");
        boolean needsToken = security.size() > 0;
        for (JsonNode requirement : security) {
            needsToken &= requirement.size() > 0;
        }
        if (needsToken && call.headers().firstValue("Authorization").isEmpty()) {
            problems.add("no Authorization header");
        }
        Map<String, List<String>> query = query(call.uri());
        for (JsonNode parameter : operation.path("parameters")) {
            JsonNode resolved = resolve(parameter);
            if (!"query".equals(resolved.path("in").asString())) {
                continue;
            }
            String name = resolved.get("name").asString();
            List<String> values = query.getOrDefault(name, List.of());
            if (values.isEmpty() || values.get(0).isEmpty()) {
                if (resolved.path("required").asBoolean(false)) {
                    problems.add("query parameter " + name + " is missing");
                }
                continue;
            }
            if ("integer".equals(resolved.path("schema").path("type").asString())) {
                try {
                    Long.parseLong(values.get(0));
                } catch (NumberFormatException e) {
                    problems.add("query parameter " + name + " is not a whole number");
                }
            }
        }
        JsonNode requestBody = operation.get("requestBody");
        if (requestBody == null) {
            return;
        }
        if (call.body().length == 0) {
            if (requestBody.path("required").asBoolean(false)) {
                problems.add("no body");
            }
            return;
        }
        String contentType = call.headers().firstValue("Content-Type").orElse("");
        String mediaType = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        JsonNode media = requestBody.path("content").get(mediaType);
        if (media == null) {
            problems.add("Content-Type " + contentType + " is not one the document names");
            return;
        }
        String text = new String(call.body(), StandardCharsets.UTF_8);
        JsonNode instance;
        if (mediaType.equals("application/x-www-form-urlencoded")) {
            ObjectNode form = JSON.createObjectNode();
            query(text).forEach((name, values) -> form.put(name, values.get(0)));
            instance = form;
        } else {
            try {
                instance = JSON.readTree(text);
            } catch (RuntimeException e) {
                problems.add("body is not JSON");
                return;
            }
        }
        problems.addAll(validate(media.get("schema"), instance));
    }

    private void checkResponse(
            JsonNode operation, int status, HttpHeaders headers, String body, List<String> problems) {
        JsonNode response = operation.path("responses").get(Integer.toString(status));
        if (response == null) {
            problems.add("status not in the document");
            problems.addAll(status >= 400 ? errorBody(status, body) : List.of());
            return;
        }
        response = resolve(response);
        for (var header : response.path("headers").properties()) {
            JsonNode definition = resolve(header.getValue());
            Optional<String> value = headers.firstValue(header.getKey());
            if (value.isEmpty()) {
                if (definition.path("required").asBoolean(false)) {
                    problems.add("header " + header.getKey() + " is missing");
                }
                continue;
            }
            String pattern = definition.path("schema").path("pattern").asString("");
            if (!pattern.isEmpty()
                    && !Pattern.compile(pattern).matcher(value.get()).find()) {
                problems.add("header " + header.getKey() + " = " + value.get() + " does not match " + pattern);
            }
        }
        JsonNode content = response.get("content");
        if (content == null) {
            if (!body.isEmpty()) {
                problems.add("a body where the document says none: " + abbreviated(body));
            }
            return;
        }
        String contentType = headers.firstValue("Content-Type").orElse("");
        JsonNode media = content.get(contentType.split(";")[0].strip().toLowerCase(Locale.ROOT));
        if (media == null) {
            problems.add("Content-Type " + contentType + " is not one the document names");
            return;
        }
        if (!contentType.toLowerCase(Locale.ROOT).contains("json")) {
            return; // a text body (the Prometheus metrics) has no schema to hold it to
        }
        try {
            problems.addAll(validate(media.get("schema"), JSON.readTree(body)));
        } catch (RuntimeException e) {
            problems.add("body is not JSON: " + abbreviated(body));
        }
    }

    /** An answer to a call the document does not describe must still be an error body. */
    private List<String> errorBody(int status, String body) {
        try {
            return validate(JSON.createObjectNode().put("$ref", "#/components/schemas/Error"), JSON.readTree(body))
                    .stream()
                    .map(problem -> status + ": " + problem)
                    .toList();
        } catch (RuntimeException e) {
            return List.of(status + ": body is not JSON: " + abbreviated(body));
        }
    }

    private List<String> validate(JsonNode schemaNode, JsonNode instance) {
        String ref = schemaNode.path("$ref").asString("");
        if (ref.isEmpty() || schemaNode.size() != 1) {
            throw new IllegalStateException("The document should name its schemas under components: " + schemaNode);
        }
        Schema schema = schemas.computeIfAbsent(ref, pointer -> registry.getSchema(SchemaLocation.of(BASE + pointer)));
        return schema.validate(instance).stream()
                .map(error -> error.getInstanceLocation() + " " + error.getMessage() + " ("
                        + abbreviated(instance.toString()) + ")")
                .toList();
    }

    private JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asString("");
        if (ref.isEmpty()) {
            return node;
        }
        return document.at(ref.substring(1));
    }

    private static Map<String, List<String>> query(URI uri) {
        return query(Optional.ofNullable(uri.getRawQuery()).orElse(""));
    }

    private static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> result = new java.util.LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            result.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return result;
    }

    private static String abbreviated(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }
}
