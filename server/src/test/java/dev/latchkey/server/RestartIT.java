package dev.latchkey.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.SignedJWT;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.tenant.TenantLook;
import dev.latchkey.domain.tenant.TenantName;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
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
            jwksBefore =
                    first.http.get("/customer/demo/.well-known/jwks.json", null).body();
        }
        try (RunningLatchkey second = RunningLatchkey.withSmtp(dataDir)) {
            assertThat(second.login("ada@example.test", PASSWORD).status()).isEqualTo(200);
            assertThat(second.http
                            .get("/customer/demo/.well-known/jwks.json", null)
                            .body())
                    .isEqualTo(jwksBefore);
        }
    }

    @Test
    void customerNumbersStartWhereTheConfigurationSaysAndKeepCountingAfterARestart() throws Exception {
        Map<String, String> numbering = Map.of("LATCHKEY_CUSTOMER_NUMBER_START", "5000");
        try (RunningLatchkey first = RunningLatchkey.withSmtp(dataDir, numbering)) {
            assertThat(customerNumberOf(first.signUpAndActivate("ada@example.test", PASSWORD)))
                    .isEqualTo("5000");
        }
        try (RunningLatchkey second =
                RunningLatchkey.withSmtp(dataDir, Map.of("LATCHKEY_CUSTOMER_NUMBER_START", "9000"))) {
            assertThat(customerNumberOf(second.signUpAndActivate("bob@example.test", PASSWORD)))
                    .isEqualTo("5001");
        }
    }

    @Test
    void theDefaultTenantTakesItsConfiguredLookAtEachStartAndKeepsItWithoutTheVariables() {
        Map<String, String> look = Map.of(
                "LATCHKEY_TENANT_DISPLAY_NAME", "Example Shop",
                "LATCHKEY_TENANT_LOGO_URL", "https://cdn.shop.example/logo.svg",
                "LATCHKEY_TENANT_PRIMARY_COLOR", "#1A73E8",
                "LATCHKEY_TENANT_SUPPORT_EMAIL", "help@shop.example",
                "LATCHKEY_TENANT_RETURN_URLS", "https://shop.example/, https://checkout.shop.example/pay",
                "LATCHKEY_TENANT_LINK_BASE", "https://shop.example/account");
        try (RunningLatchkey first = RunningLatchkey.withSmtp(dataDir, look)) {
            assertThat(first.anonymousToken()).isNotEmpty();
        }
        Tenant configured = storedDemo();
        assertThat(configured.displayName()).isEqualTo("Example Shop");
        assertThat(configured.look())
                .isEqualTo(new TenantLook(
                        Optional.of("https://cdn.shop.example/logo.svg"),
                        Optional.of("#1a73e8"),
                        Optional.of("help@shop.example")));
        assertThat(configured.settings().allowedReturnUrls())
                .containsExactly("https://shop.example/", "https://checkout.shop.example/pay");
        assertThat(configured.settings().linkBase()).contains("https://shop.example/account");

        try (RunningLatchkey second = RunningLatchkey.withSmtp(dataDir)) {
            assertThat(second.anonymousToken()).isNotEmpty();
        }
        assertThat(storedDemo()).isEqualTo(configured);

        try (RunningLatchkey third =
                RunningLatchkey.withSmtp(dataDir, Map.of("LATCHKEY_TENANT_PRIMARY_COLOR", "#000000"))) {
            assertThat(third.anonymousToken()).isNotEmpty();
        }
        assertThat(storedDemo())
                .isEqualTo(configured.withLook(configured.look().withPrimaryColor(Optional.of("#000000"))));
    }

    @Test
    void tenantValuesForADefaultTenantTheDatabaseDoesNotHaveStopTheStart() {
        try (RunningLatchkey first = RunningLatchkey.withoutSmtp(dataDir, Map.of())) {
            assertThat(first.anonymousToken()).isNotEmpty();
        }
        assertThatThrownBy(() -> RunningLatchkey.withoutSmtp(
                        dataDir, Map.of("LATCHKEY_DEFAULT_TENANT", "other", "LATCHKEY_TENANT_DISPLAY_NAME", "Other")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("LATCHKEY_DEFAULT_TENANT");
        try (RunningLatchkey again = RunningLatchkey.withoutSmtp(dataDir, Map.of())) {
            assertThat(again.anonymousToken()).isNotEmpty();
        }
    }

    private Tenant storedDemo() {
        return SecondNode.with(
                dataDir,
                persistence ->
                        persistence.tenants().find(new TenantName("demo")).orElseThrow());
    }

    private static String customerNumberOf(JsonNode tokens) throws Exception {
        return SignedJWT.parse(tokens.get("saasToken").asText())
                .getJWTClaimsSet()
                .getSubject();
    }

    @Test
    void aGeneratedAdminSecretIsPrintedOnceAndWorks() {
        String printed;
        try (RunningLatchkey first =
                RunningLatchkey.withoutSmtp(dataDir, Map.of("LATCHKEY_BOOTSTRAP_ADMIN_SECRET", ""))) {
            printed = first.console.toString(StandardCharsets.UTF_8);
            assertThat(printed).contains("demo-admin");
            String secret = printed.lines()
                    .map(String::strip)
                    .filter(line -> line.matches("[A-Za-z0-9_-]{43}"))
                    .findFirst()
                    .orElseThrow();
            assertThat(first.http
                            .postForm(
                                    "/oauth/token",
                                    null,
                                    "grant_type=client_credentials&client_id=demo-admin&client_secret=" + secret)
                            .status())
                    .isEqualTo(200);
        }
        try (RunningLatchkey second =
                RunningLatchkey.withoutSmtp(dataDir, Map.of("LATCHKEY_BOOTSTRAP_ADMIN_SECRET", ""))) {
            assertThat(second.console.toString(StandardCharsets.UTF_8)).isEmpty();
        }
    }
}
