package dev.latchkey.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestartIT {

    private static final String PASSWORD = "correct horse battery";

    @TempDir
    Path dataDir;

    @Test
    void aRestartKeepsAccountsAndSigningKeysAndDoesNotProvisionAgain() {
        String jwksBefore;
        try (RunningLatchkey first = RunningLatchkey.withSmtp(dataDir)) {
            first.signUpAndActivate("ada@example.test", PASSWORD);
            jwksBefore = first.http.get("/customer/demo/.well-known/jwks.json", null).body();
        }
        try (RunningLatchkey second = RunningLatchkey.withSmtp(dataDir)) {
            assertThat(second.login("ada@example.test", PASSWORD).status()).isEqualTo(200);
            assertThat(second.http.get("/customer/demo/.well-known/jwks.json", null).body()).isEqualTo(jwksBefore);
        }
    }

    @Test
    void customerNumbersStartWhereTheConfigurationSaysAndKeepCountingAfterARestart() throws Exception {
        Map<String, String> numbering = Map.of("LATCHKEY_CUSTOMER_NUMBER_START", "5000");
        try (RunningLatchkey first = RunningLatchkey.withSmtp(dataDir, numbering)) {
            assertThat(customerNumberOf(first.signUpAndActivate("ada@example.test", PASSWORD))).isEqualTo("5000");
        }
        try (RunningLatchkey second = RunningLatchkey.withSmtp(dataDir, Map.of("LATCHKEY_CUSTOMER_NUMBER_START", "9000"))) {
            assertThat(customerNumberOf(second.signUpAndActivate("bob@example.test", PASSWORD))).isEqualTo("5001");
        }
    }

    private static String customerNumberOf(JsonNode tokens) throws Exception {
        return SignedJWT.parse(tokens.get("saasToken").asText()).getJWTClaimsSet().getSubject();
    }

    @Test
    void aGeneratedAdminSecretIsPrintedOnceAndWorks() {
        String printed;
        try (RunningLatchkey first = RunningLatchkey.withoutSmtp(dataDir, Map.of("LATCHKEY_BOOTSTRAP_ADMIN_SECRET", ""))) {
            printed = first.console.toString(StandardCharsets.UTF_8);
            assertThat(printed).contains("demo-admin");
            String secret = printed.lines().map(String::strip).filter(line -> line.matches("[A-Za-z0-9_-]{43}")).findFirst().orElseThrow();
            assertThat(first.http.postForm("/oauth/token", null, "grant_type=client_credentials&client_id=demo-admin&client_secret="
                    + secret).status()).isEqualTo(200);
        }
        try (RunningLatchkey second = RunningLatchkey.withoutSmtp(dataDir, Map.of("LATCHKEY_BOOTSTRAP_ADMIN_SECRET", ""))) {
            assertThat(second.console.toString(StandardCharsets.UTF_8)).isEmpty();
        }
    }
}
