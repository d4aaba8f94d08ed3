package dev.latchkey.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One mailbox is one account however its address is spelled: case, spaces, an international domain. */
class EmailNormalisationIT {

    private static final String PASSWORD = "correct horse battery";
    private static final String IDN = "ada@b\u00fccher.example";
    private static final String IDN_ASCII = "ada@xn--bcher-kva.example";

    @TempDir
    Path dataDir;

    private RunningLatchkey latchkey;
    private Http http;

    @BeforeEach
    void start() {
        latchkey = RunningLatchkey.withSmtp(dataDir);
        http = latchkey.http;
    }

    @AfterEach
    void stop() {
        latchkey.close();
    }

    @Test
    void anAddressSignedUpWithSpacesAndCapitalsLogsInInLowerCase() {
        assertThat(latchkey.signUp(" Ada@Example.TEST ", PASSWORD).status()).isEqualTo(201);
        MimeMessage activation = latchkey.awaitMails("ada@example.test", 1).get(0);
        assertThat(http.get(
                                "/customer/demo/signup/optin/" + RunningLatchkey.tokenIn(activation),
                                latchkey.anonymousToken())
                        .status())
                .isEqualTo(200);

        assertThat(latchkey.login("ada@example.test", PASSWORD).status()).isEqualTo(200);
        assertThat(latchkey.login("ADA@example.Test", PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aSecondSignupInAnotherCasingCreatesNoSecondAccount() throws Exception {
        latchkey.signUpAndActivate("ada@example.test", PASSWORD);

        assertThat(latchkey.signUp("ADA@EXAMPLE.TEST", "another long passphrase")
                        .status())
                .isEqualTo(201);

        assertThat(latchkey.awaitMails("ada@example.test", 2).get(1).getSubject())
                .as("the owner hears of the attempt")
                .isNotEqualTo(latchkey.mailsTo("ada@example.test").get(0).getSubject());
        assertThat(search("ada@example.test").get("total").asInt()).isEqualTo(1);
        assertThat(latchkey.login("ada@example.test", "another long passphrase").code())
                .isEqualTo("LK200");
    }

    @Test
    void anInternationalDomainIsOneAccountAtSignupLoginResetChangeAndSearch() throws Exception {
        assertThat(latchkey.signUp(IDN, PASSWORD).status()).isEqualTo(201);
        MimeMessage activation = latchkey.awaitMails(IDN_ASCII, 1).get(0);
        assertThat(http.get(
                                "/customer/demo/signup/optin/" + RunningLatchkey.tokenIn(activation),
                                latchkey.anonymousToken())
                        .status())
                .isEqualTo(200);

        assertThat(latchkey.login(IDN_ASCII, PASSWORD).status()).isEqualTo(200);
        assertThat(latchkey.login("Ada@B\u00dcCHER.example", PASSWORD).status()).isEqualTo(200);
        assertThat(latchkey.signUp(IDN_ASCII, PASSWORD).status()).isEqualTo(201);
        latchkey.awaitMails(IDN_ASCII, 2);
        assertThat(search(IDN).get("total").asInt()).as("no second account").isEqualTo(1);
        assertThat(search("@b\u00fccher").get("total").asInt()).isEqualTo(1);

        assertThat(http.postJson(
                                "/customer/demo/password/reset",
                                latchkey.anonymousToken(),
                                "{\"email\":\"ADA@B\u00dcCHER.EXAMPLE\"}")
                        .status())
                .isEqualTo(204);
        String resetToken =
                RunningLatchkey.tokenIn(latchkey.awaitMails(IDN_ASCII, 3).get(2));
        assertThat(http.postJson(
                                "/customer/demo/password/reset/update",
                                latchkey.anonymousToken(),
                                "{\"token\":\"" + resetToken + "\",\"password\":\"a new long passphrase\"}")
                        .status())
                .isEqualTo(204);
        String access = latchkey.login(IDN, "a new long passphrase")
                .json()
                .get("accessToken")
                .asText();

        String change =
                "{\"email\":\"Ada@B\u00fccher.Example\",\"password\":\"a new long passphrase\",\"newEmail\":\"Neu@B\u00fccher.example\"}";
        assertThat(http.postJson("/customer/demo/me/accounts/internal/email/change", access, change)
                        .status())
                .isEqualTo(204);
        String confirmToken = RunningLatchkey.tokenIn(
                latchkey.awaitMails("neu@xn--bcher-kva.example", 1).get(0));
        assertThat(http.postJson(
                                "/customer/demo/me/accounts/internal/email/change/confirm",
                                latchkey.anonymousToken(),
                                "{\"token\":\"" + confirmToken + "\"}")
                        .status())
                .isEqualTo(204);
        assertThat(latchkey.login("neu@b\u00fccher.example", "a new long passphrase")
                        .status())
                .isEqualTo(200);
        assertThat(http.get("/customer/demo/me", access)
                        .json()
                        .get("accounts")
                        .get(0)
                        .get("email")
                        .asText())
                .isEqualTo("neu@xn--bcher-kva.example");
    }

    private JsonNode search(String q) {
        String basic = "Basic "
                + Base64.getEncoder()
                        .encodeToString(
                                ("demo-admin:" + RunningLatchkey.ADMIN_SECRET).getBytes(StandardCharsets.UTF_8));
        String admin = http.postForm("/oauth/token", basic, "grant_type=client_credentials")
                .json()
                .get("access_token")
                .asText();
        return http.get("/admin/demo/customers?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), admin)
                .json();
    }
}
