package dev.latchkey.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {

    @TempDir
    Path workingDirectory;

    @Test
    void withNothingSetTheDefaultsOfTheContractApply() {
        Config config = Config.load(Map.of(), workingDirectory);
        assertThat(config.httpHost()).isEqualTo("0.0.0.0");
        assertThat(config.httpPort()).isEqualTo(8080);
        assertThat(config.dataDir()).isEqualTo(Path.of("./data"));
        assertThat(config.dbUrl()).isEmpty();
        assertThat(config.publicUrl()).isEmpty();
        assertThat(config.smtp()).isEmpty();
        assertThat(config.defaultTenant().value()).isEqualTo("demo");
        assertThat(config.bootstrapAdminSecret()).isEmpty();
        assertThat(config.loginMaxFailures()).isEqualTo(5);
        assertThat(config.addressMaxFailures()).isEqualTo(100);
        assertThat(config.dbPoolSize()).isEqualTo(10);
        assertThat(config.trustedProxies().isEmpty()).isTrue();
        assertThat(config.customerNumberStart()).isEqualTo(100_001);
        assertThat(config.keepExpired()).isEqualTo(Duration.ofDays(1));
        assertThat(config.tenantOverrides()).isEqualTo(Config.TenantOverrides.none());
        assertThat(config.tenantOverrides().isEmpty()).isTrue();
    }

    @Test
    void theDefaultTenantsValuesAreReadFromTheEnvironmentAndThePropertiesFile() throws IOException {
        Files.writeString(workingDirectory.resolve("latchkey.properties"), """
                latchkey.tenant.display.name = Example Shop
                latchkey.tenant.primary.color = #1A73E8
                latchkey.tenant.return.urls = https://shop.example/ , https://checkout.shop.example:8443/pay,
                """);
        Config config = Config.load(
                Map.of(
                        "LATCHKEY_TENANT_LOGO_URL", "https://cdn.shop.example/logo.svg",
                        "LATCHKEY_TENANT_SUPPORT_EMAIL", "help@shop.example",
                        "LATCHKEY_TENANT_LINK_BASE", "https://shop.example/account",
                        "LATCHKEY_TENANT_PRIMARY_COLOR", "#00aa00"),
                workingDirectory);

        assertThat(config.tenantOverrides())
                .isEqualTo(new Config.TenantOverrides(
                        Optional.of("Example Shop"),
                        Optional.of("https://cdn.shop.example/logo.svg"),
                        Optional.of("#00aa00"),
                        Optional.of("help@shop.example"),
                        Optional.of(List.of("https://shop.example/", "https://checkout.shop.example:8443/pay")),
                        Optional.of("https://shop.example/account")));
        assertThat(config.tenantOverrides().isEmpty()).isFalse();
    }

    @Test
    void everyBadTenantValueNamesItsVariable() {
        Map<String, String> bad = Map.of(
                "LATCHKEY_TENANT_DISPLAY_NAME", "x".repeat(101),
                "LATCHKEY_TENANT_LOGO_URL", "http://cdn.shop.example/logo.svg",
                "LATCHKEY_TENANT_PRIMARY_COLOR", "blue",
                "LATCHKEY_TENANT_SUPPORT_EMAIL", "help",
                "LATCHKEY_TENANT_RETURN_URLS", "https://shop.example/,//evil.example/",
                "LATCHKEY_TENANT_LINK_BASE", "shop.example/account");
        bad.forEach((key, value) -> assertThatThrownBy(() -> Config.load(Map.of(key, value), workingDirectory))
                .as(key)
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(key));
        assertThatThrownBy(
                        () -> Config.load(Map.of("LATCHKEY_TENANT_LOGO_URL", "javascript:alert(1)"), workingDirectory))
                .hasMessageContaining("LATCHKEY_TENANT_LOGO_URL");
        assertThatThrownBy(() -> Config.load(
                        Map.of("LATCHKEY_TENANT_RETURN_URLS", "https://shop.example/#top"), workingDirectory))
                .hasMessageContaining("LATCHKEY_TENANT_RETURN_URLS")
                .hasMessageEndingWith("https://shop.example/#top");
        String tooMany = IntStream.rangeClosed(1, 21)
                .mapToObj(n -> "https://shop" + n + ".example/")
                .collect(Collectors.joining(","));
        assertThatThrownBy(() -> Config.load(Map.of("LATCHKEY_TENANT_RETURN_URLS", tooMany), workingDirectory))
                .hasMessage("LATCHKEY_TENANT_RETURN_URLS may list at most 20 URLs");
    }

    @Test
    void thePropertiesFileIsReadAndTheEnvironmentWins() throws IOException {
        Files.writeString(workingDirectory.resolve("latchkey.properties"), """
                latchkey.http.port = 9090
                latchkey.default.tenant = shop
                latchkey.smtp.host = mail.example.test
                latchkey.smtp.transport = smtps
                latchkey.public.url = https://accounts.example.test/
                """);
        Config config = Config.load(Map.of("LATCHKEY_HTTP_PORT", "7070", "PATH", "/usr/bin"), workingDirectory);
        assertThat(config.httpPort()).isEqualTo(7070);
        assertThat(config.defaultTenant().value()).isEqualTo("shop");
        assertThat(config.publicUrl()).contains("https://accounts.example.test");
        assertThat(config.smtp()).hasValueSatisfying(smtp -> {
            assertThat(smtp.host()).isEqualTo("mail.example.test");
            assertThat(smtp.transport()).isEqualTo("SMTPS");
            assertThat(smtp.port()).isEqualTo(465);
        });
    }

    @Test
    void theSenderIsOneThatMailServersTakeConfiguredOrNot() {
        assertThat(Config.load(Map.of("LATCHKEY_SMTP_HOST", "h"), workingDirectory)
                        .smtp()
                        .orElseThrow()
                        .from())
                .as("no public URL")
                .isEqualTo("no-reply@localhost.localdomain");
        assertThat(Config.load(
                                Map.of("LATCHKEY_SMTP_HOST", "h", "LATCHKEY_PUBLIC_URL", "http://127.0.0.1:8080"),
                                workingDirectory)
                        .smtp()
                        .orElseThrow()
                        .from())
                .as("an address for a host")
                .isEqualTo("no-reply@localhost.localdomain");
        assertThat(Config.load(
                                Map.of(
                                        "LATCHKEY_SMTP_HOST",
                                        "h",
                                        "LATCHKEY_PUBLIC_URL",
                                        "https://accounts.shop.example"),
                                workingDirectory)
                        .smtp()
                        .orElseThrow()
                        .from())
                .isEqualTo("no-reply@accounts.shop.example");
        assertThat(Config.load(
                                Map.of("LATCHKEY_SMTP_HOST", "h", "LATCHKEY_MAIL_FROM", "Shop@Shop.Example"),
                                workingDirectory)
                        .smtp()
                        .orElseThrow()
                        .from())
                .isEqualTo("Shop@Shop.Example");
        for (String refused : new String[] {"no-reply@localhost", "no-reply@10.0.0.1", "not an address", "a@shop."}) {
            assertThatThrownBy(() -> Config.load(
                            Map.of("LATCHKEY_SMTP_HOST", "h", "LATCHKEY_MAIL_FROM", refused), workingDirectory))
                    .as(refused)
                    .isInstanceOf(ConfigException.class)
                    .hasMessageContaining("LATCHKEY_MAIL_FROM");
        }
    }

    @Test
    void everyBadValueNamesItsVariable() {
        assertThatThrownBy(() -> Config.load(Map.of("LATCHKEY_HTTP_PORT", "eighty"), workingDirectory))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("LATCHKEY_HTTP_PORT");
        assertThatThrownBy(() -> Config.load(Map.of("LATCHKEY_HTTP_PORT", "70000"), workingDirectory))
                .hasMessageContaining("LATCHKEY_HTTP_PORT");
        assertThatThrownBy(() -> Config.load(Map.of("LATCHKEY_DEFAULT_TENANT", "My-Shop"), workingDirectory))
                .hasMessageContaining("LATCHKEY_DEFAULT_TENANT");
        assertThatThrownBy(() -> Config.load(Map.of("LATCHKEY_BOOTSTRAP_ADMIN_SECRET", "short"), workingDirectory))
                .hasMessageContaining("LATCHKEY_BOOTSTRAP_ADMIN_SECRET");
        assertThatThrownBy(() -> Config.load(
                        Map.of("LATCHKEY_SMTP_HOST", "h", "LATCHKEY_SMTP_TRANSPORT", "pigeon"), workingDirectory))
                .hasMessageContaining("LATCHKEY_SMTP_TRANSPORT");
        assertThatThrownBy(() -> Config.load(Map.of("LATCHKEY_PUBLIC_URL", "ftp://x"), workingDirectory))
                .hasMessageContaining("LATCHKEY_PUBLIC_URL");
        assertThatThrownBy(() -> Config.load(Map.of("LATCHKEY_LOGIN_MAX_FAILURES", "0"), workingDirectory))
                .hasMessageContaining("LATCHKEY_LOGIN_MAX_FAILURES");
    }

    @Test
    void thePoolSizeAndTheTrustedProxiesAreRead() {
        Config config = Config.load(
                Map.of("LATCHKEY_DB_POOL_SIZE", "25", "LATCHKEY_TRUSTED_PROXIES", " 10.0.0.0/8, 192.0.2.10 ,fd00::/8,"),
                workingDirectory);
        assertThat(config.dbPoolSize()).isEqualTo(25);
        assertThat(config.trustedProxies().trusts("10.20.30.40")).isTrue();
        assertThat(config.trustedProxies().trusts("192.0.2.10")).isTrue();
        assertThat(config.trustedProxies().trusts("fd00::1")).isTrue();
        assertThat(config.trustedProxies().trusts("192.0.2.11")).isFalse();
        assertThat(config.toString()).contains("trustedProxies=[10.0.0.0/8, 192.0.2.10, fd00::/8]");
    }

    @Test
    void expiredRecordsAreKeptFromAMinuteToAYear() {
        assertThat(Config.load(Map.of("LATCHKEY_PURGE_AFTER_MINUTES", "1"), workingDirectory)
                        .keepExpired())
                .isEqualTo(Duration.ofMinutes(1));
        assertThatThrownBy(() -> Config.load(Map.of("LATCHKEY_PURGE_AFTER_MINUTES", "0"), workingDirectory))
                .isInstanceOf(ConfigException.class)
                .hasMessage("LATCHKEY_PURGE_AFTER_MINUTES must be between 1 and 527040");
        assertThatThrownBy(() -> Config.load(Map.of("LATCHKEY_PURGE_AFTER_MINUTES", "527041"), workingDirectory))
                .isInstanceOf(ConfigException.class);
    }

    @Test
    void aBadPoolSizeOrProxyListNamesItsVariable() {
        assertThatThrownBy(() -> Config.load(Map.of("LATCHKEY_DB_POOL_SIZE", "0"), workingDirectory))
                .isInstanceOf(ConfigException.class)
                .hasMessage("LATCHKEY_DB_POOL_SIZE must be between 1 and 1000");
        assertThatThrownBy(() ->
                        Config.load(Map.of("LATCHKEY_TRUSTED_PROXIES", "10.0.0.0/8,lb.example.test"), workingDirectory))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("LATCHKEY_TRUSTED_PROXIES must list")
                .hasMessageEndingWith("lb.example.test");
        assertThatThrownBy(() -> Config.load(Map.of("LATCHKEY_TRUSTED_PROXIES", "10.0.0.0/33"), workingDirectory))
                .hasMessageEndingWith("10.0.0.0/33");
    }

    @Test
    void theAdminSecretNeverShowsInTheConfigurationsText() {
        Config config = Config.load(
                Map.of(
                        "LATCHKEY_BOOTSTRAP_ADMIN_SECRET",
                        "super-secret-value-123",
                        "LATCHKEY_SMTP_HOST",
                        "h",
                        "LATCHKEY_SMTP_PASSWORD",
                        "smtp-password-456",
                        "LATCHKEY_DB_PASSWORD",
                        "db-pass-789"),
                workingDirectory);
        assertThat(config.toString())
                .doesNotContain("super-secret-value-123")
                .doesNotContain("smtp-password-456")
                .doesNotContain("db-pass-789");
    }
}
