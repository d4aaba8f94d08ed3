package dev.latchkey.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThrottlingIT {

    private static final String EMAIL = "ada@example.test";
    private static final String PASSWORD = "correct horse battery";
    private static final String WRONG = "wrong horse battery";

    @TempDir
    Path dataDir;

    private RunningLatchkey latchkey;

    @AfterEach
    void stop() {
        if (latchkey != null) {
            latchkey.close();
        }
    }

    @Test
    void afterFiveFailuresEvenTheRightPasswordIs429WithRetryAfter() {
        latchkey = RunningLatchkey.withSmtp(dataDir);
        latchkey.signUpAndActivate(EMAIL, PASSWORD);

        failFiveTimes(EMAIL);
        Http.Response throttled = latchkey.login(EMAIL, PASSWORD);

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.code()).isEqualTo("LK250");
        assertThat(throttled.header("Retry-After")).contains("60");
        assertThat(throttled.body()).doesNotContain("accessToken");
    }

    @Test
    void theWaitDoublesWithEachFurtherFailureUpToFifteenMinutes() {
        latchkey = RunningLatchkey.withSmtp(dataDir);
        latchkey.signUpAndActivate(EMAIL, PASSWORD);
        failFiveTimes(EMAIL);

        long[] expected = {60, 120, 240, 480, 900, 900};
        for (long seconds : expected) {
            Http.Response throttled = latchkey.login(EMAIL, WRONG);
            assertThat(throttled.status()).isEqualTo(429);
            assertThat(throttled.header("Retry-After")).contains(Long.toString(seconds));
            latchkey.clock.advance(Duration.ofSeconds(seconds));
            assertThat(latchkey.login(EMAIL, WRONG).code())
                    .as("the failure after waiting %d s", seconds)
                    .isEqualTo("LK200");
        }
    }

    @Test
    void aSuccessfulLoginAfterTheWaitClearsTheCount() {
        latchkey = RunningLatchkey.withSmtp(dataDir);
        latchkey.signUpAndActivate(EMAIL, PASSWORD);
        failFiveTimes(EMAIL);

        latchkey.clock.advance(Duration.ofSeconds(60));
        assertThat(latchkey.login(EMAIL, PASSWORD).status()).isEqualTo(200);

        for (int i = 0; i < 4; i++) {
            assertThat(latchkey.login(EMAIL, WRONG).code()).isEqualTo("LK200");
        }
        assertThat(latchkey.login(EMAIL, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aRestartKeepsTheThrottle() {
        latchkey = RunningLatchkey.withSmtp(dataDir);
        latchkey.signUpAndActivate(EMAIL, PASSWORD);
        failFiveTimes(EMAIL);

        latchkey.stop();
        latchkey.start();

        Http.Response throttled = latchkey.login(EMAIL, PASSWORD);
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.header("Retry-After")).contains("60");
        latchkey.clock.advance(Duration.ofSeconds(60));
        assertThat(latchkey.login(EMAIL, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void anUnknownEmailIsThrottledExactlyLikeAKnownOne() {
        latchkey = RunningLatchkey.withSmtp(dataDir);
        latchkey.signUpAndActivate(EMAIL, PASSWORD);
        failFiveTimes(EMAIL);
        failFiveTimes("nobody@example.test");

        Http.Response known = latchkey.login(EMAIL, PASSWORD);
        Http.Response unknown = latchkey.login("nobody@example.test", PASSWORD);

        assertThat(unknown.status()).isEqualTo(known.status()).isEqualTo(429);
        assertThat(unknown.body()).isEqualTo(known.body());
        assertThat(unknown.header("Retry-After")).isEqualTo(known.header("Retry-After"));
    }

    @Test
    void anAddressPastItsLimitIsThrottledForEveryAccountForTheRestOfTheHour() {
        latchkey = RunningLatchkey.withSmtp(dataDir, Map.of("LATCHKEY_ADDRESS_MAX_FAILURES", "3"));
        latchkey.signUpAndActivate(EMAIL, PASSWORD);
        for (int i = 0; i < 3; i++) {
            assertThat(latchkey.login("guess" + i + "@example.test", WRONG).code())
                    .isEqualTo("LK200");
        }
        latchkey.clock.advance(Duration.ofMinutes(20));

        Http.Response throttled = latchkey.login(EMAIL, PASSWORD);

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.code()).isEqualTo("LK251");
        assertThat(throttled.header("Retry-After"))
                .contains(Long.toString(Duration.ofMinutes(40).toSeconds()));
        latchkey.clock.advance(Duration.ofMinutes(40));
        assertThat(latchkey.login(EMAIL, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void theAccountLimitComesFromTheConfiguration() {
        latchkey = RunningLatchkey.withSmtp(dataDir, Map.of("LATCHKEY_LOGIN_MAX_FAILURES", "2"));
        latchkey.signUpAndActivate(EMAIL, PASSWORD);

        assertThat(latchkey.login(EMAIL, WRONG).code()).isEqualTo("LK200");
        assertThat(latchkey.login(EMAIL, WRONG).code()).isEqualTo("LK200");

        assertThat(latchkey.login(EMAIL, PASSWORD).code()).isEqualTo("LK250");
    }

    private void failFiveTimes(String email) {
        for (int i = 0; i < 5; i++) {
            Http.Response failed = latchkey.login(email, WRONG);
            assertThat(failed.status()).isEqualTo(401);
            assertThat(failed.code()).isEqualTo("LK200");
        }
    }
}
