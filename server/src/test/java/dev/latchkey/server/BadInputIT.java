package dev.latchkey.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input of every kind gets a 4xx in the contract's error body: never a 5xx, never a stack trace. */
class BadInputIT {

    @TempDir
    static Path dataDir;

    private static RunningLatchkey latchkey;

    @BeforeAll
    static void start() {
        latchkey = RunningLatchkey.withSmtp(dataDir);
    }

    @AfterAll
    static void stop() {
        latchkey.close();
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"email\":                                                        | 400 | LK100 | ",
                "[1,2,3]                                                            | 400 | LK100 | ",
                "\"text\"                                                           | 400 | LK100 | ",
                "{}                                                                 | 400 | ER003 | email",
                "{\"email\":\"ada@example.test\"}                                   | 400 | ER004 | password",
                "{\"email\":5,\"password\":\"correct horse battery\"}               | 400 | LK101 | email",
                "{\"email\":\"ada@example.test\",\"password\":[\"x\"]}              | 400 | LK101 | password",
                "{\"email\":\"not-an-email\",\"password\":\"correct horse battery\"} | 400 | ER001 | email",
                "{\"email\":\"\",\"password\":\"correct horse battery\"}            | 400 | ER003 | email",
                "{\"email\":\"a@example.test\",\"password\":\"1234567\"}            | 400 | ER122 | password",
            })
    void signupBodiesAreCheckedFieldByField(String body, int status, String code, String field) {
        Http.Response response =
                latchkey.http.postJson("/customer/demo/signup", latchkey.anonymousToken(), body.strip());
        assertErrorBody(response, status, code);
        if (field != null) {
            assertThat(response.json().get("details").get(0).get("field").asText())
                    .isEqualTo(field);
        }
    }

    @Test
    void aPasswordLongerThan64CharactersIsRefused() {
        Http.Response response = latchkey.signUp("long@example.test", "x".repeat(65));
        assertErrorBody(response, 400, "ER123");
    }

    @Test
    void unknownFieldsAreIgnored() {
        Http.Response response = latchkey.http.postJson(
                "/customer/demo/signup",
                latchkey.anonymousToken(),
                "{\"email\":\"extra@example.test\",\"password\":\"correct horse battery\",\"favouriteColour\":\"blue\"}");
        assertThat(response.status()).isEqualTo(201);
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedByItsContentType() {
        Http.Response response = latchkey.http.post(
                "/customer/demo/signup",
                latchkey.anonymousToken(),
                "text/plain",
                "email=ada@example.test".getBytes(StandardCharsets.UTF_8));
        assertErrorBody(response, 415, "LK303");
    }

    @Test
    void aBodyOverTheSizeLimitIsRefused() {
        String huge = "{\"email\":\"" + "a".repeat(70 * 1024) + "@example.test\",\"password\":\"x\"}";
        Http.Response response = latchkey.http.postJson("/customer/demo/signup", latchkey.anonymousToken(), huge);
        assertErrorBody(response, 413, "LK103");
    }

    @Test
    void invalidUtf8IsRefused() {
        byte[] body = {'{', '"', 'e', 'm', 'a', 'i', 'l', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        Http.Response response =
                latchkey.http.post("/customer/demo/signup", latchkey.anonymousToken(), "application/json", body);
        assertThat(response.status()).isBetween(400, 499);
        assertErrorBody(response, response.status(), response.code());
    }

    @Test
    void missingMalformedAndUnknownTokensAreRefused() {
        String body = "{\"email\":\"a@example.test\",\"password\":\"correct horse battery\"}";
        assertErrorBody(latchkey.http.postJson("/customer/demo/login", null, body), 401, "ER802");
        assertErrorBody(
                latchkey.http.send(latchkey.http
                        .request("/customer/demo/login", null)
                        .header("Authorization", "Token abc")
                        .header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))),
                401,
                "ER800");
        assertErrorBody(latchkey.http.postJson("/customer/demo/login", "made-up-token", body), 401, "ER800");
        assertErrorBody(latchkey.http.postJson("/customer/demo/login", "x".repeat(5000), body), 401, "ER800");
    }

    @Test
    void unknownTenantsAndRoutesAreNotFound() {
        String anonymous = latchkey.anonymousToken();
        assertErrorBody(latchkey.http.postJson("/customer/nosuch/signup", anonymous, "{}"), 404, "LK300");
        assertErrorBody(latchkey.http.postJson("/customer/NOT-A-TENANT/signup", anonymous, "{}"), 404, "LK300");
        assertErrorBody(latchkey.http.get("/no/such/route", null), 404, "LK301");
    }

    @Test
    void aKnownRouteWithTheWrongMethodIsNotAllowed() {
        assertErrorBody(latchkey.http.get("/customer/demo/signup", latchkey.anonymousToken()), 405, "LK302");
    }

    @Test
    void refreshAndLogoutWithoutTheirParameterNameIt() {
        Http.Response refresh = latchkey.http.get("/customer/demo/refreshauthtoken", latchkey.anonymousToken());
        assertErrorBody(refresh, 400, "LK104");
        assertThat(refresh.json().get("details").get(0).get("field").asText()).isEqualTo("refreshToken");
    }

    @Test
    void aMalformedCharsetInTheContentTypeIsReadAsJsonAllTheSame() {
        Http.Response response = latchkey.http.post(
                "/customer/demo/login",
                latchkey.anonymousToken(),
                "application/json; charset=\"",
                "{}".getBytes(StandardCharsets.UTF_8));
        assertErrorBody(response, 400, "ER003");
    }

    @Test
    void aTokenRequestWhoseFormCannotBeReadIsRefused() {
        // over a connection of its own: the server closes one whose body it could not read
        RawHttp.Response response = raw().send(
                        "POST",
                        "/oauth/token",
                        List.of("Content-Type: multipart/form-data; boundary=x"),
                        "[[1]]".getBytes(StandardCharsets.UTF_8));
        assertRawErrorBody(response, 400, "LK105");
    }

    @Test
    void aPageFormThatCannotBeReadIsABadRequestNotAServerError() {
        RawHttp.Response response = raw().send(
                        "POST",
                        "/ui/demo/login",
                        List.of("Content-Type: multipart/form-data; boundary=x"),
                        "[[1]]".getBytes(StandardCharsets.UTF_8));
        assertRawErrorBody(response, 400, "LK106");
    }

    @Test
    void requestsRefusedBeforeAnyRouteGetTheErrorBodyAndAnEncodedSlashSeparatesNothing() {
        RawHttp raw = raw();
        assertRawErrorBody(raw.send("PATCH", "/customer/demo/me", List.of("User-Agent: a\rb"), null), 400, "LK106");
        assertRawErrorBody(raw.send("GET", "/customer/demo/%C3%28", List.of(), null), 400, "LK106");
        assertRawErrorBody(
                raw.send("GET", "/customer/demo/me", List.of("X-Long: " + "a".repeat(20_000)), null), 431, "LK108");
        assertRawErrorBody(raw.send("GET", "/customer/demo/" + "a".repeat(20_000), List.of(), null), 414, "LK107");
        assertRawErrorBody(raw.send("GET", "/customer/demo/me%2Fsessions", List.of(), null), 404, "LK301");
    }

    @Test
    void aPercentSignWithoutTwoHexDigitsInThePathIsABadRequest() {
        RawHttp raw = raw();
        assertRawErrorBody(
                raw.send(
                        "POST",
                        "/customer/%u002e/me/accounts/internal/email/change",
                        List.of("Content-Type: application/json"),
                        "{}".getBytes(StandardCharsets.UTF_8)),
                400,
                "LK106");
        assertRawErrorBody(raw.send("GET", "/customer/%u002e/me", List.of(), null), 400, "LK106");
    }

    @Test
    void aChunkedBodyOverTheSizeLimitIsRefusedToo() {
        RawHttp.Response response = raw().sendChunked(
                        "POST",
                        "/customer/demo/signup",
                        List.of("Authorization: Bearer " + latchkey.anonymousToken(), "Content-Type: application/json"),
                        ("{\"email\":\"" + "a".repeat(70 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8));
        assertRawErrorBody(response, 413, "LK103");
    }

    @Test
    void halfASurrogatePairIsNotValidJson() {
        assertErrorBody(
                latchkey.http.postJson(
                        "/customer/demo/signup",
                        latchkey.anonymousToken(),
                        "{\"email\":\"\\ud800ada@example.test\",\"password\":\"correct horse battery\"}"),
                400,
                "LK100");
        assertErrorBody(
                latchkey.http.postJson(
                        "/customer/demo/signup",
                        latchkey.anonymousToken(),
                        "{\"email\":\"ada@example.test\",\"password\":\"correct horse battery\",\"customerDetails\":{\"metadata\":{\"\\udfff\":1}}}"),
                400,
                "LK100");
    }

    @Test
    void anEmailWithAControlCharacterIsNotValid() {
        Http.Response response = latchkey.http.postJson(
                "/customer/demo/signup",
                latchkey.anonymousToken(),
                "{\"email\":\"ada\\u0000@example.test\",\"password\":\"correct horse battery\"}");
        assertErrorBody(response, 400, "ER001");
    }

    private static RawHttp raw() {
        String base = latchkey.http.baseUrl();
        return new RawHttp("127.0.0.1", Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)));
    }

    private static void assertRawErrorBody(RawHttp.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertErrorBody(
                new Http.Response(
                        status, java.net.http.HttpHeaders.of(java.util.Map.of(), (a, b) -> true), response.body()),
                status,
                code);
    }

    static void assertErrorBody(Http.Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        var json = response.json();
        assertThat(json.get("status").asInt()).isEqualTo(status);
        assertThat(json.get("code").asText()).isEqualTo(code);
        for (String field : List.of("type", "message", "solution")) {
            assertThat(json.get(field).asText()).as(field).isNotBlank();
        }
        assertThat(json.get("details").isArray()).isTrue();
        assertThat(response.body())
                .doesNotContain("Exception")
                .doesNotContain("at dev.latchkey")
                .doesNotContain("at io.javalin");
    }
}
