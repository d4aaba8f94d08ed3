package dev.latchkey.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionsIT {

    private static final String PASSWORD = "correct horse battery";
    private static final String ADA = "ada@example.test";

    @TempDir
    Path dataDir;

    private RunningLatchkey latchkey;
    private Http http;
    private JsonNode first;
    private JsonNode second;
    private JsonNode third;

    /** Three sessions a minute apart: the activation's, then two logins. */
    @BeforeEach
    void start() {
        latchkey = RunningLatchkey.withSmtp(dataDir);
        http = latchkey.http;
        first = latchkey.signUpAndActivate(ADA, PASSWORD);
        latchkey.clock.advance(Duration.ofMinutes(1));
        second = latchkey.login(ADA, PASSWORD).json();
        latchkey.clock.advance(Duration.ofMinutes(1));
        third = latchkey.login(ADA, PASSWORD).json();
    }

    @AfterEach
    void stop() {
        latchkey.close();
    }

    @Test
    void theListShowsEveryLiveSessionNewestFirstAndMarksTheCallersOwn() {
        Http.Response response = http.get("/customer/demo/me/sessions", access(third));

        assertThat(response.status()).isEqualTo(200);
        JsonNode sessions = response.json();
        assertThat(sessions).hasSize(3);
        assertThat(sessions.findValuesAsText("current")).containsExactly("true", "false", "false");
        JsonNode current = sessions.get(0);
        assertThat(current.get("id").asText()).isNotBlank();
        assertThat(current.get("createdAt").asText())
                .isEqualTo(
                        latchkey.clock.instant().truncatedTo(ChronoUnit.MICROS).toString());
        assertThat(current.get("lastUsedAt").asText()).isNotBlank();
        assertThat(current.get("ip").asText()).isEqualTo("127.0.0.1");
        assertThat(current.get("userAgent").asText()).isNotBlank();
        assertThat(http.get("/customer/demo/me/sessions", access(first)).json().findValuesAsText("current"))
                .containsExactly("false", "false", "true");
    }

    @Test
    void endingOneSessionStopsItsTokensAndLeavesTheOthers() {
        String secondId = ids(third).get(1);

        assertThat(http.delete("/customer/demo/me/sessions/" + secondId, access(third))
                        .status())
                .isEqualTo(204);

        assertThat(http.get("/customer/demo/me/sessions", access(second)).code())
                .isEqualTo("ER800");
        assertThat(refresh(second).status()).isEqualTo(401);
        assertThat(ids(third)).hasSize(2).doesNotContain(secondId);
        assertThat(http.get("/customer/demo/me/sessions", access(first)).status())
                .isEqualTo(200);
        assertThat(http.delete("/customer/demo/me/sessions/" + secondId, access(third))
                        .code())
                .as("already ended")
                .isEqualTo("LK242");
    }

    @Test
    void signingOutEverywhereElseKeepsOnlyTheCurrentSession() {
        assertThat(http.delete("/customer/demo/me/sessions", access(second)).status())
                .isEqualTo(204);

        assertThat(http.get("/customer/demo/me/sessions", access(first)).code()).isEqualTo("ER800");
        assertThat(http.get("/customer/demo/me/sessions", access(third)).code()).isEqualTo("ER800");
        assertThat(refresh(first).status()).isEqualTo(401);
        JsonNode left = http.get("/customer/demo/me/sessions", access(second)).json();
        assertThat(left).hasSize(1);
        assertThat(left.get(0).get("current").asBoolean()).isTrue();
        assertThat(refresh(second).status()).isEqualTo(200);
    }

    @Test
    void anotherCustomersOrAnUnknownSessionIdIsNotFound() {
        JsonNode bob = latchkey.signUpAndActivate("bob@example.test", PASSWORD);
        String bobsSession = ids(bob).get(0);

        Http.Response foreign = http.delete("/customer/demo/me/sessions/" + bobsSession, access(third));

        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.code()).isEqualTo("LK242");
        assertThat(http.get("/customer/demo/me/sessions", access(bob)).status()).isEqualTo(200);
        assertThat(http.delete("/customer/demo/me/sessions/no-such-session-0000", access(third))
                        .status())
                .isEqualTo(404);
        assertThat(http.delete("/customer/demo/me/sessions/%3Cscript%3E", access(third))
                        .status())
                .isEqualTo(404);
        assertThat(http.get("/customer/demo/me/sessions", latchkey.anonymousToken())
                        .status())
                .isEqualTo(403);
    }

    @Test
    void endingSessionsShowsInTheSecurityEvents() {
        http.delete("/customer/demo/me/sessions/" + ids(third).get(2), access(third));
        http.delete("/customer/demo/me/sessions", access(third));

        List<String> types =
                http.get("/customer/demo/me/events", access(third)).json().findValuesAsText("type");

        assertThat(types).startsWith("other_sessions_ended", "session_ended");
    }

    private List<String> ids(JsonNode tokens) {
        List<String> ids = new ArrayList<>();
        http.get("/customer/demo/me/sessions", access(tokens))
                .json()
                .forEach(session -> ids.add(session.get("id").asText()));
        return ids;
    }

    private Http.Response refresh(JsonNode tokens) {
        return http.get(
                "/customer/demo/refreshauthtoken?refreshToken="
                        + tokens.get("refreshToken").asText(),
                latchkey.anonymousToken());
    }

    private static String access(JsonNode tokens) {
        return tokens.get("accessToken").asText();
    }
}
