package dev.latchkey.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client address that throttling, sessions and security events go by: the one a trusted proxy
 * forwards in {@code X-Forwarded-For}, and the connection's own for a request from anyone else.
 * The tests connect from 127.0.0.1, so that is the proxy when it is trusted.
 */
class ClientAddressIT {

    private static final String EMAIL = "ada@example.test";
    private static final String PASSWORD = "correct horse battery";
    private static final String WRONG = "wrong horse battery";
    private static final String ATTACKER = "203.0.113.7";
    private static final String CUSTOMER = "198.51.100.8";

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
    void behindATrustedProxyEachForwardedAddressIsThrottledOnItsOwn() {
        latchkey = RunningLatchkey.withSmtp(
                dataDir,
                Map.of("LATCHKEY_ADDRESS_MAX_FAILURES", "3", "LATCHKEY_TRUSTED_PROXIES", "10.0.0.0/8, 127.0.0.1"));
        latchkey.signUpAndActivate(EMAIL, PASSWORD);
        failFromThreeTimes(ATTACKER);

        Http.Response attacker = loginFrom(ATTACKER, EMAIL, PASSWORD);
        Http.Response customer = loginFrom(CUSTOMER, EMAIL, PASSWORD);
        Http.Response spoofing = loginFrom(CUSTOMER + ", " + ATTACKER, EMAIL, PASSWORD);

        assertThat(attacker.status()).isEqualTo(429);
        assertThat(attacker.code()).isEqualTo("LK251");
        assertThat(customer.status()).isEqualTo(200);
        assertThat(spoofing.code())
                .as("only the address the proxy appended counts")
                .isEqualTo("LK251");
        Http.Response sessions = latchkey.http.get(
                "/customer/demo/me/sessions", customer.json().get("accessToken").asText());
        assertThat(sessions.json().findValuesAsText("ip")).contains(CUSTOMER);
    }

    @Test
    void fromAnUntrustedPeerTheForwardedHeaderIsIgnored() {
        latchkey = RunningLatchkey.withSmtp(
                dataDir, Map.of("LATCHKEY_ADDRESS_MAX_FAILURES", "3", "LATCHKEY_TRUSTED_PROXIES", "10.0.0.0/8"));
        latchkey.signUpAndActivate(EMAIL, PASSWORD);
        failFromThreeTimes(ATTACKER);

        Http.Response customer = loginFrom(CUSTOMER, EMAIL, PASSWORD);

        assertThat(customer.status())
                .as("every request counts for the connection's address")
                .isEqualTo(429);
        assertThat(customer.code()).isEqualTo("LK251");
    }

    @Test
    void withoutTrustedProxiesTheSessionKeepsTheConnectionsAddress() {
        latchkey = RunningLatchkey.withSmtp(dataDir, Map.of());
        latchkey.signUpAndActivate(EMAIL, PASSWORD);

        Http.Response login = loginFrom(CUSTOMER, EMAIL, PASSWORD);

        Http.Response sessions = latchkey.http.get(
                "/customer/demo/me/sessions", login.json().get("accessToken").asText());
        assertThat(sessions.json().findValuesAsText("ip"))
                .isNotEmpty()
                .doesNotContain(CUSTOMER)
                .contains("127.0.0.1");
    }

    @Test
    void theDevMailboxRefusesARequestAProxyPassedOn() {
        latchkey = RunningLatchkey.withoutSmtp(dataDir, Map.of("LATCHKEY_TRUSTED_PROXIES", "127.0.0.1"));

        Http.Response direct = latchkey.http.get("/dev/mailbox", null);
        Http.Response proxied = latchkey.http.send(latchkey.http
                .request("/dev/mailbox", null)
                .header("X-Forwarded-For", "127.0.0.1")
                .GET());

        assertThat(direct.status()).isEqualTo(200);
        assertThat(proxied.status()).isEqualTo(404);
    }

    private void failFromThreeTimes(String forwardedFor) {
        for (int i = 0; i < 3; i++) {
            assertThat(loginFrom(forwardedFor, "guess" + i + "@example.test", WRONG)
                            .code())
                    .isEqualTo("LK200");
        }
    }

    private Http.Response loginFrom(String forwardedFor, String email, String password) {
        String json = "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
        return latchkey.http.send(latchkey.http
                .request("/customer/demo/login", latchkey.anonymousToken())
                .header("X-Forwarded-For", forwardedFor)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }
}
