package dev.latchkey.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checker behind {@link Http} really tells answers and requests that the document does not describe. */
class ApiContractTest {

    private static final String TOKENS =
            "{\"accessToken\":\"a\",\"saasToken\":\"s\",\"expiresIn\":1,\"refreshToken\":\"r\",\"refreshTokenExpiresIn\":2}";
    private static final String ERROR =
            "{\"status\":429,\"type\":\"too_many_requests\",\"code\":\"LK250\",\"message\":\"m\",\"solution\":\"s\",\"details\":[]}";

    private final ApiContract contract = ApiContract.get();

    @Test
    void aLoginAsDescribedPasses() {
        var verdict =
                contract.check(login("{\"email\":\"ada@example.test\",\"password\":\"pw\"}"), 200, json(), TOKENS);
        assertThat(verdict.request()).isEmpty();
        assertThat(verdict.response()).isEmpty();
    }

    @Test
    void aMissingFieldInTheAnswerIsReported() {
        var verdict = contract.check(
                login("{\"email\":\"ada@example.test\",\"password\":\"pw\"}"),
                200,
                json(),
                TOKENS.replace("\"saasToken\":\"s\",", ""));
        assertThat(verdict.response()).singleElement().asString().contains("saasToken");
    }

    @Test
    void aStatusTheDocumentDoesNotListIsReported() {
        var verdict = contract.check(login("{\"email\":\"ada@example.test\",\"password\":\"pw\"}"), 418, json(), ERROR);
        assertThat(verdict.response())
                .anySatisfy(problem -> assertThat(problem).contains("status not in the document"));
    }

    @Test
    void aThrottledAnswerNeedsRetryAfter() {
        var call = login("{\"email\":\"ada@example.test\",\"password\":\"pw\"}");
        assertThat(contract.check(call, 429, json(), ERROR).response())
                .singleElement()
                .asString()
                .contains("Retry-After");
        var withHeader = HttpHeaders.of(
                Map.of("Content-Type", List.of("application/json"), "Retry-After", List.of("30")), (a, b) -> true);
        assertThat(contract.check(call, 429, withHeader, ERROR).response()).isEmpty();
    }

    @Test
    void aBadRequestIsReportedOnTheRequestSide() {
        var verdict = contract.check(login("{\"email\":5}"), 400, json(), ERROR.replace("429", "400"));
        assertThat(verdict.request()).isNotEmpty();
        assertThat(verdict.response()).isEmpty();
    }

    @Test
    void aBodyWhereTheDocumentSaysNoneIsReported() {
        var call = new ApiContract.Call(
                "POST",
                URI.create("http://x/customer/demo/password/validate"),
                headers(true),
                "{\"password\":\"correct horse battery\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(contract.check(call, 204, json(), "{}").response())
                .singleElement()
                .asString()
                .contains("a body");
    }

    @Test
    void anUndescribedRouteThatSucceedsIsReported() {
        var call =
                new ApiContract.Call("GET", URI.create("http://x/customer/demo/secret"), headers(false), new byte[0]);
        assertThat(contract.check(call, 200, json(), "{}").response()).isNotEmpty();
    }

    private static ApiContract.Call login(String body) {
        return new ApiContract.Call(
                "POST",
                URI.create("http://x/customer/demo/login"),
                headers(true),
                body.getBytes(StandardCharsets.UTF_8));
    }

    private static HttpHeaders headers(boolean token) {
        return HttpHeaders.of(
                token
                        ? Map.of("Authorization", List.of("Bearer t"), "Content-Type", List.of("application/json"))
                        : Map.of(),
                (a, b) -> true);
    }

    private static HttpHeaders json() {
        return HttpHeaders.of(Map.of("Content-Type", List.of("application/json")), (a, b) -> true);
    }
}
