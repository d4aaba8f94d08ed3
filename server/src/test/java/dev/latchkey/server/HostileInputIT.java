package dev.latchkey.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.latchkey.server.ApiOperations.Auth;
import dev.latchkey.server.ApiOperations.Operation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Hostile input on every operation of the JSON API, the operations taken from the served OpenAPI
 * document: random and malformed JSON, wrong types, deep nesting, huge strings, invalid UTF-8, wrong
 * content types, bodies over the limit, CR/LF and over-long headers, odd paths, good and bad tokens.
 * Whatever comes, the answer is never a 5xx, every 4xx has the error body of the catalogue, nothing
 * internal shows, and the server answers a normal call afterwards. jqwik prints the seed of a failure.
 */
class HostileInputIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "correct horse battery";
    private static final int BODY_LIMIT = 64 * 1024;
    private static final List<String> LEAKS = List.of(
            "exception",
            "\tat ",
            "dev.latchkey",
            "io.javalin",
            "org.eclipse",
            "jetty",
            "jackson",
            "java.",
            "jdbc",
            "sql",
            "h2 ",
            "caused by",
            "<html",
            "stack",
            "org.h2",
            "flyway");

    private static Path dataDir;
    private static RunningLatchkey latchkey;
    private static RawHttp raw;
    private static List<Operation> operations;
    private static String anonymous;
    private static String customer;
    private static String service;
    private static String addressId;
    private static String victimId;

    /** The token a call carries. */
    enum Token {
        RIGHT,
        ANONYMOUS,
        CUSTOMER,
        SERVICE,
        NONE,
        UNKNOWN,
        NOT_BEARER,
        HUGE,
        TWO_HEADERS
    }

    /** One hostile call; printed short when a property fails. */
    record Attempt(Operation operation, Token token, String contentType, byte[] body) {
        @Override
        public String toString() {
            String text = body == null ? "<no body>" : new String(body, StandardCharsets.UTF_8);
            return operation + " token=" + token + " content-type=" + contentType + " body("
                    + (body == null ? 0 : body.length) + ")="
                    + (text.length() > 300 ? text.substring(0, 300) + "..." : text);
        }
    }

    @BeforeContainer
    static void start() throws IOException {
        dataDir = Files.createTempDirectory("latchkey-hostile");
        latchkey = RunningLatchkey.withSmtp(dataDir, Map.of("LATCHKEY_ADDRESS_MAX_FAILURES", "1000000"));
        String base = latchkey.http.baseUrl();
        raw = new RawHttp("127.0.0.1", Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)));
        operations =
                ApiOperations.parse(latchkey.http.get("/openapi.json", null).body());
        anonymous = latchkey.anonymousToken();
        customer = latchkey.signUpAndActivate("hostile@example.test", PASSWORD)
                .get("accessToken")
                .asText();
        String basic = Base64.getEncoder()
                .encodeToString(("demo-admin:" + RunningLatchkey.ADMIN_SECRET).getBytes(StandardCharsets.UTF_8));
        service = latchkey.http
                .postForm("/oauth/token", "Basic " + basic, "grant_type=client_credentials")
                .json()
                .get("access_token")
                .asText();
        addressId = latchkey.http
                .postJson("/customer/demo/me/addresses", customer, "{\"city\":\"Berlin\"}")
                .json()
                .get("id")
                .asText();
        latchkey.signUp("victim@example.test", PASSWORD);
        latchkey.awaitMails("victim@example.test", 1);
        victimId = latchkey.http
                .get("/admin/demo/customers?q=victim", service)
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asText();
    }

    @AfterContainer
    static void stop() {
        if (latchkey != null) {
            latchkey.close();
        }
    }

    // ---------------------------------------------------------------- properties

    @Property(tries = 400)
    void randomAndMalformedBodiesOnEveryOperationAreRefusedCleanly(@ForAll("bodyAttempts") Attempt attempt) {
        RawHttp.Response response = send(attempt, path(attempt.operation()));
        assertWellBehaved(attempt, response);
        assertStillServing();
    }

    @Property(tries = 200)
    void invalidUtf8InABodyIsRefusedCleanly(
            @ForAll("jsonOperations") Operation operation, @ForAll("invalidUtf8Bodies") byte[] body) {
        Attempt attempt = new Attempt(operation, Token.RIGHT, "application/json", body);
        RawHttp.Response response = send(attempt, path(operation));
        assertWellBehaved(attempt, response);
        assertStillServing();
    }

    @Property(tries = 40)
    void aBodyOverTheLimitIsAnswered413(
            @ForAll("jsonOperations") Operation operation,
            @ForAll("oversizedBodies") byte[] body,
            @ForAll boolean chunked) {
        Attempt attempt = new Attempt(operation, Token.RIGHT, "application/json", body);
        List<String> headers = new ArrayList<>(authorization(operation, Token.RIGHT));
        headers.add("Content-Type: application/json");
        RawHttp.Response response = chunked
                ? raw.sendChunked(operation.method(), path(operation), headers, body)
                : send(attempt, path(operation));
        assertWellBehaved(attempt, response);
        if (!operation.template().contains("{id}")) {
            assertThat(response.status()).as("%s\n%s", attempt, response).isEqualTo(413);
            assertThat(code(response)).isEqualTo("LK103");
        }
        assertStillServing();
    }

    @Property(tries = 300)
    void headerInjectionAndOverLongHeadersAreRefusedCleanly(
            @ForAll("operations") Operation operation,
            @ForAll("headerNames") String name,
            @ForAll("hostileHeaderValues") byte[] value) {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        line.writeBytes((name + ": ").getBytes(StandardCharsets.US_ASCII));
        line.writeBytes(value);
        List<byte[]> headers = new ArrayList<>(authorization(operation, Token.RIGHT).stream()
                .map(h -> h.getBytes(StandardCharsets.UTF_8))
                .toList());
        headers.add(line.toByteArray());
        String description = operation + " " + name + ": " + printable(value);
        RawHttp.Response response =
                raw.send(operation.method(), path(operation).getBytes(StandardCharsets.UTF_8), headers, null);
        assertWellBehaved(description, response);
        assertThat(response.headers())
                .as(description)
                .noneMatch(h -> h[0].toLowerCase(Locale.ROOT).startsWith("x-injected"));
        assertStillServing();
    }

    @Property(tries = 300)
    void hostilePathsAreRefusedCleanly(
            @ForAll("operations") Operation operation,
            @ForAll("hostileSegments") byte[] segment,
            @ForAll("hostileQueries") String query) {
        String template = operation.template();
        String[] parts = path(operation).split("/");
        int replaced = 1 + Math.floorMod(Arrays.hashCode(segment), parts.length - 1);
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        for (int i = 1; i < parts.length; i++) {
            target.writeBytes("/".getBytes(StandardCharsets.US_ASCII));
            target.writeBytes(i == replaced ? segment : parts[i].getBytes(StandardCharsets.UTF_8));
        }
        target.writeBytes(query.getBytes(StandardCharsets.UTF_8));
        String description = template + " as " + printable(target.toByteArray());
        RawHttp.Response response = raw.send(
                operation.method(),
                target.toByteArray(),
                authorization(operation, Token.RIGHT).stream()
                        .map(h -> h.getBytes(StandardCharsets.UTF_8))
                        .toList(),
                null);
        assertWellBehaved(description, response);
        assertStillServing();
    }

    @Property(tries = 200)
    void oddButAcceptedValuesNeverBreakALaterRead(
            @ForAll("profilePatches") String profile, @ForAll("addressBodies") String address) {
        RawHttp.Response patched = raw.send(
                "PATCH",
                "/customer/demo/me",
                bearer(customer, "application/json"),
                profile.getBytes(StandardCharsets.UTF_8));
        assertWellBehaved("PATCH /me " + profile, patched);
        RawHttp.Response added = raw.send(
                "POST",
                "/customer/demo/me/addresses",
                bearer(customer, "application/json"),
                address.getBytes(StandardCharsets.UTF_8));
        assertWellBehaved("POST /me/addresses " + address, added);
        RawHttp.Response changed = raw.send(
                "PATCH",
                "/customer/demo/me/addresses/" + addressId,
                bearer(customer, "application/json"),
                address.getBytes(StandardCharsets.UTF_8));
        assertWellBehaved("PATCH /me/addresses " + address, changed);

        for (String read : List.of(
                "/customer/demo/me?expand=addresses", "/customer/demo/me/addresses", "/customer/demo/me/export")) {
            RawHttp.Response answer = raw.send("GET", read, bearer(customer, "application/json"), null);
            assertThat(answer.status())
                    .as("%s after %s and %s:\n%s", read, profile, address, answer)
                    .isEqualTo(200);
            assertThat(utf8(answer.rawBody()))
                    .as("%s after %s and %s:\n%s", read, profile, address, answer)
                    .isTrue();
            parse(answer);
            assertThat(latchkey.http.get(read, customer).status()).isEqualTo(200);
        }
        if (added.status() == 201) {
            String id = parse(added).get("id").asText();
            assertThat(latchkey.http
                            .delete("/customer/demo/me/addresses/" + id, customer)
                            .status())
                    .isEqualTo(204);
        }
    }

    /** Not left to chance: each class of hostile input once on every operation. */
    @Example
    void everyOperationAnswersEachClassOfHostileInputCleanly() {
        List<byte[]> bodies = List.of(
                "{\"email\":".getBytes(StandardCharsets.UTF_8),
                "[1,2,3]".getBytes(StandardCharsets.UTF_8),
                "{\"a\":".repeat(5000).getBytes(StandardCharsets.UTF_8),
                ("{\"email\":\"" + "x".repeat(60_000) + "\"}").getBytes(StandardCharsets.UTF_8),
                new byte[] {'{', '"', 'e', 'm', 'a', 'i', 'l', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'},
                new byte[BODY_LIMIT + 1]);
        for (Operation operation : operations) {
            for (Token token : Token.values()) {
                for (byte[] body : bodies) {
                    Attempt attempt = new Attempt(operation, token, "application/json", body);
                    assertWellBehaved(attempt, send(attempt, path(operation)));
                }
                Attempt wrongType = new Attempt(
                        operation, token, null, wrongTypes(operation).getBytes(StandardCharsets.UTF_8));
                assertWellBehaved(wrongType, send(wrongType, path(operation)));
                Attempt textPlain = new Attempt(
                        operation, token, "text/plain", wrongTypes(operation).getBytes(StandardCharsets.UTF_8));
                assertWellBehaved(textPlain, send(textPlain, path(operation)));
            }
        }
        assertStillServing();
    }

    // ---------------------------------------------------------------- generators

    @Provide
    Arbitrary<Operation> operations() {
        return Arbitraries.of(operations);
    }

    @Provide
    Arbitrary<Operation> jsonOperations() {
        return Arbitraries.of(operations.stream().filter(Operation::takesJson).toList());
    }

    @Provide
    Arbitrary<Attempt> bodyAttempts() {
        return operations()
                .flatMap(operation -> Combinators.combine(
                                Arbitraries.frequencyOf(
                                        Tuple.of(6, Arbitraries.just(Token.RIGHT)),
                                        Tuple.of(4, Arbitraries.of(Token.class))),
                                contentTypes(),
                                bodies(operation))
                        .as((token, type, body) -> new Attempt(operation, token, type, body)));
    }

    private Arbitrary<byte[]> bodies(Operation operation) {
        return Arbitraries.frequencyOf(
                        Tuple.of(4, fieldsWithAnyValues(operation)),
                        Tuple.of(2, jsonValues()),
                        Tuple.of(2, malformedJson(operation)),
                        Tuple.of(1, deeplyNested()),
                        Tuple.of(1, hugeStrings(operation)),
                        Tuple.of(1, Arbitraries.just((String) null)))
                .map(text -> text == null ? null : text.getBytes(StandardCharsets.UTF_8));
    }

    private Arbitrary<String> contentTypes() {
        return Arbitraries.frequencyOf(
                Tuple.of(12, Arbitraries.just("application/json")),
                Tuple.of(
                        4,
                        Arbitraries.of(
                                "application/json; charset=utf-8",
                                "APPLICATION/JSON",
                                "application/merge-patch+json",
                                "text/plain",
                                "application/x-www-form-urlencoded",
                                "multipart/form-data; boundary=x",
                                "application/json; charset=ISO-8859-1",
                                "application/json; charset=utf-16",
                                "application/jsonp",
                                "",
                                "*/*",
                                "application/json;;;",
                                "application/json; charset=\"",
                                "\u00e4/\u00f6")),
                Tuple.of(1, Arbitraries.just((String) null)),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(3000).withCharRange(' ', '~')));
    }

    private Arbitrary<String> fieldsWithAnyValues(Operation operation) {
        Set<String> distinct = new LinkedHashSet<>(operation.fields().keySet());
        distinct.addAll(List.of("email", "password", "token", "customerDetails", "metadata", "tags"));
        List<String> names = List.copyOf(distinct);
        Arbitrary<String> value = Arbitraries.oneOf(
                jsonValues(),
                oddStrings().map(HostileInputIT::quote),
                Arbitraries.of(
                        "true",
                        "false",
                        "null",
                        "0",
                        "-1",
                        "1e400",
                        "-1e400",
                        "1.0e-400",
                        "123456789012345678901234567890",
                        "[]",
                        "{}",
                        "[null]",
                        "{\"\":null}"));
        return Arbitraries.maps(Arbitraries.of(names), value)
                .ofMaxSize(names.size())
                .map(fields -> fields.entrySet().stream()
                        .map(e -> quote(e.getKey()) + ":" + e.getValue())
                        .collect(Collectors.joining(",", "{", "}")));
    }

    private static Arbitrary<String> jsonValues() {
        Arbitrary<String> leaves = Arbitraries.oneOf(
                oddStrings().map(HostileInputIT::quote),
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.doubles().map(String::valueOf).filter(text -> !text.contains("N") && !text.contains("I")),
                Arbitraries.of("true", "false", "null", "1e999", "-0", "99999999999999999999999999999999999"));
        return Arbitraries.recursive(
                () -> leaves,
                inner -> Arbitraries.oneOf(
                        inner.list()
                                .ofMaxSize(4)
                                .map(items -> String.join(",", items))
                                .map(items -> "[" + items + "]"),
                        Arbitraries.maps(oddStrings(12), inner)
                                .ofMaxSize(4)
                                .map(fields -> fields.entrySet().stream()
                                        .map(e -> quote(e.getKey()) + ":" + e.getValue())
                                        .collect(Collectors.joining(",", "{", "}")))),
                0,
                4);
    }

    private Arbitrary<String> malformedJson(Operation operation) {
        Arbitrary<String> valid = fieldsWithAnyValues(operation);
        return Arbitraries.oneOf(
                valid.flatMap(text -> Arbitraries.integers()
                        .between(0, Math.max(0, text.length() - 1))
                        .map(cut -> text.substring(0, cut))),
                Combinators.combine(
                                valid,
                                Arbitraries.chars().all(),
                                Arbitraries.integers().between(0, 1000))
                        .as((text, c, at) -> text.substring(0, Math.min(at, text.length()))
                                + c
                                + text.substring(Math.min(at, text.length()))),
                Arbitraries.strings().ofMaxLength(200),
                Arbitraries.of(
                        "",
                        " ",
                        "{",
                        "}",
                        "{\"a\":}",
                        "{'email':'a@b.test'}",
                        "{\"email\":\"a@b.test\",}",
                        "NaN",
                        "{\"a\":NaN}",
                        "\uFEFF{}",
                        "{}garbage",
                        "{} {}",
                        "/* c */{}",
                        "{\"email\":\"a@b.test\",\"email\":5}",
                        "{\"email\":\"\\uZZZZ\"}",
                        "{\"email\":\"\\ud800\"}",
                        "{\"email\":\"\u0000\"}",
                        "{\"\u0000\":1}",
                        "null",
                        "{\"a\":1e99999999999}",
                        "[" + "1,".repeat(10_000) + "1]"));
    }

    private static Arbitrary<String> deeplyNested() {
        return Combinators.combine(
                        Arbitraries.integers().between(100, 20_000),
                        Arbitraries.of("[", "{\"a\":", "{\"metadata\":{\"a\":"),
                        Arbitraries.of(true, false))
                .as((depth, open, closed) -> {
                    String text = open.repeat(depth) + "1";
                    String close = open.startsWith("[") ? "]" : "}";
                    return closed
                            ? text
                                    + close.repeat((int) text.chars()
                                            .filter(c -> c == '[' || c == '{')
                                            .count())
                            : text;
                });
    }

    private Arbitrary<String> hugeStrings(Operation operation) {
        List<String> names = new ArrayList<>(operation.fields().keySet());
        names.add("email");
        return Combinators.combine(
                        Arbitraries.of(names),
                        Arbitraries.integers().between(1_000, 60_000),
                        Arbitraries.of("a", "\u00e4", "\ud83d\ude00", " ", "\\n"))
                .as((name, length, unit) -> "{" + quote(name) + ":\""
                        + unit.repeat(length / Math.max(1, unit.getBytes(StandardCharsets.UTF_8).length)) + "\"}")
                .filter(text -> text.getBytes(StandardCharsets.UTF_8).length < BODY_LIMIT);
    }

    @Provide
    Arbitrary<byte[]> invalidUtf8Bodies() {
        Arbitrary<byte[]> bad = Arbitraries.of(
                new byte[] {(byte) 0xC3, 0x28},
                new byte[] {(byte) 0xFF},
                new byte[] {(byte) 0xFE, (byte) 0xFF},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xC0, (byte) 0xAF},
                new byte[] {(byte) 0xE2, (byte) 0x82},
                new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                new byte[] {(byte) 0x80},
                new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80});
        Arbitrary<String> valid = Arbitraries.of(
                        operations.stream().filter(Operation::takesJson).toList())
                .flatMap(this::fieldsWithAnyValues)
                .map(text -> text.length() < 3 ? "{\"email\":\"ada@example.test\"}" : text);
        return Combinators.combine(valid, bad, Arbitraries.integers().between(0, 10_000))
                .as((text, bytes, at) -> {
                    byte[] body = text.getBytes(StandardCharsets.UTF_8);
                    int position = Math.floorMod(at, body.length);
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    out.write(body, 0, position);
                    out.writeBytes(bytes);
                    out.write(body, position, body.length - position);
                    return out.toByteArray();
                });
    }

    @Provide
    Arbitrary<byte[]> oversizedBodies() {
        return Combinators.combine(
                        Arbitraries.integers().between(BODY_LIMIT + 1, 1024 * 1024), Arbitraries.of(true, false))
                .as((size, json) -> {
                    if (!json) {
                        return new byte[size];
                    }
                    String text = "{\"email\":\"" + "a".repeat(size) + "@example.test\",\"password\":\"x\"}";
                    return text.getBytes(StandardCharsets.UTF_8);
                });
    }

    @Provide
    Arbitrary<String> headerNames() {
        return Arbitraries.of(
                "Authorization",
                "Content-Type",
                "User-Agent",
                "X-Forwarded-For",
                "Forwarded",
                "Accept-Language",
                "Cookie",
                "X-Request-Id",
                "Origin",
                "Referer",
                "Accept",
                "Accept-Encoding",
                "Host",
                "X-Custom");
    }

    @Provide
    Arbitrary<byte[]> hostileHeaderValues() {
        Arbitrary<String> injections = Arbitraries.of(
                "\r\nX-Injected: yes",
                "\nX-Injected: yes",
                "\r",
                "\rX-Injected: yes",
                "\u0000",
                "\u007f",
                "%0d%0aX-Injected: yes",
                "\r\n\r\nGET / HTTP/1.1",
                " \r\n folded",
                "\t",
                "");
        Arbitrary<String> around =
                oddStrings(20).map(text -> text.replace('\r', ' ').replace('\n', ' '));
        Arbitrary<byte[]> injected = Combinators.combine(around, injections, around)
                .as((before, injection, after) -> (before + injection + after).getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> overLong = Combinators.combine(
                        Arbitraries.integers().between(4_000, 200_000), Arbitraries.of("a", "\u00e4", ","))
                .as((length, unit) -> unit.repeat(length).getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> highBytes = Arbitraries.bytes()
                .array(byte[].class)
                .ofMinSize(1)
                .ofMaxSize(40)
                .map(bytes -> {
                    for (int i = 0; i < bytes.length; i++) {
                        bytes[i] = (byte) (bytes[i] | 0x80);
                    }
                    return bytes;
                });
        return Arbitraries.frequencyOf(Tuple.of(5, injected), Tuple.of(2, overLong), Tuple.of(2, highBytes));
    }

    @Provide
    Arbitrary<byte[]> hostileSegments() {
        Arbitrary<String> fixed = Arbitraries.of(
                "..",
                "%2e%2e",
                "%2E%2E",
                ".",
                "%2F",
                "a%2Fb",
                "%2f..%2f",
                "..%2f..%2fetc%2fpasswd",
                "%00",
                "%",
                "%Z9",
                "%C3%28",
                "%FF",
                "%E2%82",
                "%u002e",
                "",
                "demo;x=y",
                ";jsessionid=1",
                "DEMO",
                "d\u00ebmo",
                "%C3%A4",
                "\u0434\u0435\u043c\u043e",
                "\u30c7\u30e2",
                "\ud83d\ude00",
                "a b",
                "<script>",
                "%3Cscript%3E",
                "\\",
                "%5C",
                "demo%00",
                "demo%0d%0aX-Injected:%20yes",
                "..;",
                "~",
                "*",
                "x".repeat(300));
        Arbitrary<String> huge = Combinators.combine(
                        Arbitraries.integers().between(1_000, 40_000), Arbitraries.of("a", "%41", "\u00e4", "%2F"))
                .as((length, unit) -> unit.repeat(length));
        Arbitrary<byte[]> text = Arbitraries.oneOf(fixed, huge, oddStrings(30).map(HostileInputIT::pathSafe))
                .map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> rawBytes = Arbitraries.of(
                new byte[] {(byte) 0xFF},
                new byte[] {'d', (byte) 0xC3, 0x28, 'o'},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xC0, (byte) 0xAE, (byte) 0xC0, (byte) 0xAE});
        return Arbitraries.frequencyOf(Tuple.of(6, text), Tuple.of(1, rawBytes));
    }

    @Provide
    Arbitrary<String> hostileQueries() {
        return Arbitraries.of(
                "",
                "?",
                "?tenant=%00",
                "?expand=%FF",
                "?token=",
                "?token=%C3%28",
                "?tags=%2C%2C%2C",
                "?q=%25%5F%27",
                "?page=-1&pageSize=99999999999999999999",
                "?page=1e3",
                "?refreshToken=" + "r".repeat(5000),
                "?&&&=&=",
                "?accessToken=%0d%0a",
                "?tenant=demo&client_id=demo-storefront&tenant=other",
                "?a=" + "%41".repeat(3000),
                "#fragment",
                "?expand=addresses&expand=addresses");
    }

    @Provide
    Arbitrary<String> profilePatches() {
        Map<String, Arbitrary<String>> fields = Map.ofEntries(
                Map.entry("title", acceptedText(20)),
                Map.entry("firstName", acceptedText(100)),
                Map.entry("middleName", acceptedText(100)),
                Map.entry("lastName", acceptedText(100)),
                Map.entry("company", acceptedText(100)),
                Map.entry("contactPhone", Arbitraries.of("\"+49 (30) 123-45/6.7\"", "\"1\"", "null")),
                Map.entry("preferredLanguage", Arbitraries.of("\"de_DE\"", "\"en-GB\"", "\"zh-Hant-TW\"")),
                Map.entry("preferredCurrency", Arbitraries.of("\"EUR\"", "\"JPY\"", "\" usd \"")),
                Map.entry("preferredSite", Arbitraries.of("\"main\"", "\"a.b-c_d\"")),
                Map.entry(
                        "contactEmail",
                        Arbitraries.of(
                                "\" Ada@Example.TEST \"", "\"ada@b\u00fccher.example\"", "null", "\"a+b@x.io\"")),
                Map.entry("metadata", acceptedObjects()),
                Map.entry("mixins", acceptedObjects()),
                Map.entry("b2b", acceptedObjects()));
        return objectOf(fields);
    }

    @Provide
    Arbitrary<String> addressBodies() {
        Map<String, Arbitrary<String>> fields = Map.ofEntries(
                Map.entry("contactName", acceptedText(100)),
                Map.entry("companyName", acceptedText(100)),
                Map.entry("street", acceptedText(100)),
                Map.entry("streetNumber", acceptedText(20)),
                Map.entry("streetAppendix", acceptedText(100)),
                Map.entry("extraLine1", acceptedText(100)),
                Map.entry("extraLine4", acceptedText(100)),
                Map.entry("zipCode", acceptedText(20)),
                Map.entry("city", acceptedText(100)),
                Map.entry("state", acceptedText(100)),
                Map.entry("country", Arbitraries.of("\"de\"", "\" GB \"", "null")),
                Map.entry("tags", Arbitraries.of("[\"billing\",\" BILLING \"]", "[]", "[\"a_b-1\"]", "null")),
                Map.entry("isDefault", Arbitraries.of("true", "false")),
                Map.entry("metadata", acceptedObjects()),
                Map.entry("mixins", acceptedObjects()));
        return objectOf(fields);
    }

    private static Arbitrary<String> objectOf(Map<String, Arbitrary<String>> fields) {
        List<Arbitrary<String>> members = fields.entrySet().stream()
                .map(e -> Arbitraries.oneOf(Arbitraries.just(""), e.getValue().map(v -> quote(e.getKey()) + ":" + v)))
                .toList();
        return Combinators.combine(members)
                .as(parts -> parts.stream().filter(p -> !p.isEmpty()).collect(Collectors.joining(",", "{", "}")));
    }

    /** Text a profile or address field may well accept: odd letters, marks, emoji, escapes, at or near the limit. */
    private static Arbitrary<String> acceptedText(int limit) {
        Arbitrary<String> pieces = Arbitraries.of(
                "Ada",
                "\u00e4\u00f6\u00fc\u00df",
                "\u202eevil",
                "\u200d",
                "\ud83d\udc69\u200d\ud83d\udcbb",
                "e\u0301",
                "\u0627\u0644\u0639\u0631\u0628\u064a\u0629",
                "\ufeff",
                "\\ud800",
                "\\udfff",
                "\\u0000",
                "'; DROP TABLE customer;--",
                "${jndi:ldap://x}",
                "<script>alert(1)</script>",
                "\\\"",
                "\\\\",
                "\u2028",
                "\uffff",
                "%00",
                "{{7*7}}",
                " ");
        return Arbitraries.oneOf(
                pieces.list().ofMaxSize(6).map(list -> "\"" + String.join("", list) + "\""),
                Arbitraries.of("a", "\u00e4", "\ud83d\ude00").map(unit -> "\"" + unit.repeat(limit) + "\""),
                Arbitraries.just("null"));
    }

    private static Arbitrary<String> acceptedObjects() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                        "{}",
                        "null",
                        "{\"n\":1e400}",
                        "{\"n\":-1e400}",
                        "{\"n\":123456789012345678901234567890.5}",
                        "{\"n\":1.0e-400}",
                        "{\"s\":\"\\ud800\"}",
                        "{\"\\u0000\":\"\\u0000\"}",
                        "{\"a\":[[[[[]]]]]}",
                        "{\"n\":12345678901234567890123}",
                        "{\"n\":-0.0}"),
                Arbitraries.integers()
                        .between(10, 1_200)
                        .map(depth -> "{\"a\":".repeat(depth) + "1" + "}".repeat(depth)),
                Arbitraries.integers()
                        .between(10, 1_200)
                        .map(depth -> "{\"a\":" + "[".repeat(depth) + "]".repeat(depth) + "}"));
    }

    private static Arbitrary<String> oddStrings(int max) {
        return oddStrings().map(text -> text.length() > max ? text.substring(0, max) : text);
    }

    private static Arbitrary<String> oddStrings() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(40),
                Arbitraries.of(
                        "",
                        " ",
                        "ada@example.test",
                        " Ada@Example.TEST ",
                        "ada@b\u00fccher.example",
                        "@",
                        "a@b",
                        "\u0000",
                        "\ud800",
                        "\udfff",
                        "\u202e",
                        "\ufeff",
                        "'; DROP TABLE customer;--",
                        "${jndi:ldap://x}",
                        "../../etc/passwd",
                        "correct horse battery",
                        "x".repeat(65),
                        "\u00e4".repeat(70)));
    }

    // ---------------------------------------------------------------- calls and checks

    private static RawHttp.Response send(Attempt attempt, String path) {
        List<String> headers = new ArrayList<>(authorization(attempt.operation(), attempt.token()));
        if (attempt.contentType() != null) {
            headers.add("Content-Type: " + attempt.contentType());
        }
        return raw.send(attempt.operation().method(), path, headers, attempt.body());
    }

    private static List<String> authorization(Operation operation, Token token) {
        Token effective = token == Token.RIGHT ? rightToken(operation.auth()) : token;
        return switch (effective) {
            case RIGHT, NONE -> List.of();
            case ANONYMOUS -> List.of("Authorization: Bearer " + anonymous);
            case CUSTOMER -> List.of("Authorization: Bearer " + customer);
            case SERVICE -> List.of("Authorization: Bearer " + service);
            case UNKNOWN -> List.of("Authorization: Bearer made-up-" + UUID.randomUUID());
            case NOT_BEARER ->
                List.of("Authorization: Basic "
                        + Base64.getEncoder()
                                .encodeToString(("demo-admin:" + RunningLatchkey.ADMIN_SECRET)
                                        .getBytes(StandardCharsets.UTF_8)));
            case HUGE -> List.of("Authorization: Bearer " + "t".repeat(6_000));
            case TWO_HEADERS -> List.of("Authorization: Bearer " + customer, "Authorization: Bearer " + anonymous);
        };
    }

    private static Token rightToken(Auth auth) {
        return switch (auth) {
            case ANONYMOUS -> Token.ANONYMOUS;
            case CUSTOMER -> Token.CUSTOMER;
            case SERVICE -> Token.SERVICE;
            case CLIENT_BASIC -> Token.NOT_BEARER;
            case NONE -> Token.NONE;
        };
    }

    /** The operation's path with its parameters filled in: the demo tenant, the test's own address and a victim customer. */
    private static String path(Operation operation) {
        String template = operation.template();
        String id = template.startsWith("/admin/")
                ? victimId
                : template.contains("/addresses/")
                        ? addressId
                        : UUID.randomUUID().toString();
        String path = template.replace("{tenant}", "demo").replace("{id}", id).replaceAll("\\{[^}]+}", "some-token");
        if (operation.template().equals("/customerlogin/auth/anonymous/login")) {
            return path + "?tenant=demo&client_id=demo-storefront";
        }
        return path;
    }

    private static String wrongTypes(Operation operation) {
        return operation.fields().keySet().stream()
                .map(field ->
                        quote(field) + ":" + (operation.fields().get(field).contains("number") ? "\"x\"" : "12"))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static List<String> bearer(String token, String contentType) {
        return List.of("Authorization: Bearer " + token, "Content-Type: " + contentType);
    }

    private static void assertWellBehaved(Object request, RawHttp.Response response) {
        assertThat(response.status()).as("%s\n->\n%s", request, response).isBetween(200, 499);
        if (response.status() >= 400) {
            JsonNode body = parse(response);
            assertThat(body.isObject()).as("%s\n->\n%s", request, response).isTrue();
            assertThat(body.path("status").asInt())
                    .as("%s\n->\n%s", request, response)
                    .isEqualTo(response.status());
            assertThat(body.path("code").asText())
                    .as("%s\n->\n%s", request, response)
                    .matches("(ER|LK)\\d{3}");
            for (String field : List.of("type", "message", "solution")) {
                assertThat(body.path(field).asText())
                        .as("%s in %s\n->\n%s", field, request, response)
                        .isNotBlank();
            }
            assertThat(body.path("details").isArray())
                    .as("%s\n->\n%s", request, response)
                    .isTrue();
            String text = response.body().toLowerCase(Locale.ROOT);
            assertThat(LEAKS).as("%s\n->\n%s", request, response).noneMatch(text::contains);
        }
        for (String[] header : response.headers()) {
            String text = (header[0] + ": " + header[1]).toLowerCase(Locale.ROOT);
            assertThat(LEAKS)
                    .as("header %s: %s of %s", header[0], header[1], request)
                    .noneMatch(text::contains);
        }
    }

    private static JsonNode parse(RawHttp.Response response) {
        try {
            return JSON.readTree(response.rawBody());
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + response, e);
        }
    }

    private static boolean utf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String code(RawHttp.Response response) {
        return parse(response).path("code").asText();
    }

    private static void assertStillServing() {
        RawHttp.Response response = raw.send("GET", "/customer/demo/.well-known/jwks.json", List.of(), null);
        assertThat(response.status())
                .as("a normal call afterwards: %s", response)
                .isEqualTo(200);
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static String pathSafe(String text) {
        return text.chars()
                .mapToObj(c -> c <= ' '
                                || c == '/'
                                || c == '?'
                                || c == '#'
                                || c == '%'
                                || Character.isSurrogate((char) c)
                                || c == 0x7f
                        ? "%" + String.format("%02X", c & 0xFF)
                        : String.valueOf((char) c))
                .collect(Collectors.joining());
    }

    private static String printable(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1)
                .replace("\r", "\\r")
                .replace("\n", "\\n");
        return text.length() > 200 ? text.substring(0, 200) + "...(" + text.length() + " bytes)" : text;
    }
}
