package dev.latchkey.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.OutputStreamAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.latchkey.server.logging.LogFormat;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;

/**
 * Runs signup, activation, login, refresh, logout, reset and email change, with tokens in URLs, under the shipped
 * log configuration in each format, and finds none of the passwords, tokens or email addresses in what was logged.
 */
class LogSecrecyIT {

    private static final String EMAIL = "ada.lovelace@example.test";
    private static final String NEW_EMAIL = "countess.of.lovelace@example.test";
    private static final String PASSWORD = "correct horse battery";
    private static final String WRONG_PASSWORD = "incorrect donkey stapler";
    private static final String NEW_PASSWORD = "analytical engine notes";
    private static final String CHANGE = "/customer/demo/me/accounts/internal/email/change";

    @TempDir
    Path dataDir;

    private final LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();

    @AfterEach
    void restoreTheTestLogConfiguration() throws Exception {
        logging.reset();
        new ContextInitializer(logging).autoConfig();
    }

    @ParameterizedTest
    @EnumSource(LogFormat.class)
    void noPasswordTokenOrEmailReachesTheLog(LogFormat format) throws Exception {
        ByteArrayOutputStream log = logShippedConfiguration(format);
        List<String> secrets = new ArrayList<>(
                List.of(EMAIL, NEW_EMAIL, PASSWORD, WRONG_PASSWORD, NEW_PASSWORD, RunningLatchkey.ADMIN_SECRET));
        String console;

        try (RunningLatchkey latchkey = RunningLatchkey.withSmtp(dataDir, Map.of())) {
            Http http = latchkey.http;
            String anonymous = latchkey.anonymousToken();
            secrets.add(anonymous);
            assertThat(latchkey.signUp(EMAIL, PASSWORD).status()).isEqualTo(201);
            String activation =
                    RunningLatchkey.tokenIn(latchkey.awaitMails(EMAIL, 1).get(0));
            secrets.add(activation);
            assertThat(http.get("/customer/demo/signup/optin/" + activation, anonymous)
                            .status())
                    .isEqualTo(200);

            assertThat(latchkey.login(EMAIL, WRONG_PASSWORD).status()).isEqualTo(401);
            JsonNode tokens = latchkey.login(EMAIL, PASSWORD).json();
            String refresh = tokens.get("refreshToken").asText();
            secrets.add(tokens.get("accessToken").asText());
            secrets.add(refresh);
            JsonNode refreshed = http.get("/customer/demo/refreshauthtoken?refreshToken=" + refresh, anonymous)
                    .json();
            String access = refreshed.get("accessToken").asText();
            secrets.add(access);
            secrets.add(refreshed.get("refreshToken").asText());
            latchkey.clock.advance(Duration.ofSeconds(10));
            assertThat(http.get("/customer/demo/refreshauthtoken?refreshToken=" + refresh, anonymous)
                            .status())
                    .isGreaterThanOrEqualTo(400);

            assertThat(http.postJson("/customer/demo/password/reset", anonymous, "{\"email\":\"" + EMAIL + "\"}")
                            .status())
                    .isEqualTo(204);
            String reset = RunningLatchkey.tokenIn(latchkey.awaitMails(EMAIL, 2).get(1));
            secrets.add(reset);
            assertThat(http.get("/ui/demo/password/reset?token=" + reset, null).status())
                    .isLessThan(400);
            assertThat(http.postJson(
                                    "/customer/demo/password/reset/update",
                                    anonymous,
                                    "{\"token\":\"" + reset + "\",\"password\":\"" + NEW_PASSWORD + "\"}")
                            .status())
                    .isLessThan(300);

            JsonNode session = latchkey.login(EMAIL, NEW_PASSWORD).json();
            String sessionAccess = session.get("accessToken").asText();
            secrets.add(sessionAccess);
            secrets.add(session.get("refreshToken").asText());
            assertThat(http.postJson(
                                    CHANGE,
                                    sessionAccess,
                                    "{\"email\":\"" + EMAIL + "\",\"password\":\"" + NEW_PASSWORD + "\",\"newEmail\":\""
                                            + NEW_EMAIL + "\",\"syncContactEmail\":true}")
                            .status())
                    .isEqualTo(204);
            String confirm =
                    RunningLatchkey.tokenIn(latchkey.awaitMails(NEW_EMAIL, 1).get(0));
            secrets.add(confirm);
            assertThat(http.postJson(CHANGE + "/confirm", anonymous, "{\"token\":\"" + confirm + "\"}")
                            .status())
                    .isEqualTo(204);
            assertThat(latchkey.login(NEW_EMAIL, NEW_PASSWORD).status()).isEqualTo(200);
            assertThat(http.get("/customer/demo/logout?accessToken=" + sessionAccess, sessionAccess)
                            .status())
                    .isLessThan(500);
            assertThat(http.get("/customer/demo/no-such-page?token=" + confirm + "&email=" + EMAIL, null)
                            .status())
                    .isEqualTo(404);
            console = latchkey.console.toString(StandardCharsets.UTF_8);
        }

        String logged = log.toString(StandardCharsets.UTF_8) + console;
        assertThat(logged)
                .contains(
                        "/customer/{tenant}/signup/optin/{token}",
                        "/customer/{tenant}/refreshauthtoken",
                        "/customer/{tenant}/me/accounts/internal/email/change/confirm",
                        " * 404 ");
        for (String secret : secrets) {
            assertThat(logged).as("the log, in %s", format).doesNotContain(secret);
        }
        assertThat(logged).doesNotContainIgnoringCase("example.test").doesNotContain("token=");
        if (format == LogFormat.JSON) {
            ObjectMapper json = new ObjectMapper();
            List<String> lines = log.toString(StandardCharsets.UTF_8).lines().toList();
            assertThat(lines).isNotEmpty();
            for (String line : lines) {
                assertThat(json.readTree(line).has("message")).as(line).isTrue();
            }
            assertThat(lines).anySatisfy(line -> {
                JsonNode request = json.readTree(line);
                assertThat(request.path("route").asText()).isEqualTo("/customer/{tenant}/login");
                assertThat(request.path("status").asInt()).isEqualTo(200);
                assertThat(request.path("requestId").asText()).isNotBlank();
                assertThat(request.path("durationMs").isNumber()).isTrue();
            });
        }
    }

    /** The shipped logback.xml in the given format, writing into a buffer instead of standard output. */
    private ByteArrayOutputStream logShippedConfiguration(LogFormat format) throws Exception {
        logging.reset();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(logging);
        configurator.doConfigure(LogSecrecyIT.class.getResource("/logback.xml"));
        format.apply();
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Logger root = logging.getLogger(Logger.ROOT_LOGGER_NAME);
        ((OutputStreamAppender<ILoggingEvent>) root.getAppender("CONSOLE")).setOutputStream(buffer);
        return buffer;
    }
}
