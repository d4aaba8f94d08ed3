package dev.latchkey.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.tenant.TenantLook;
import dev.latchkey.domain.tenant.TenantName;
import dev.latchkey.domain.tenant.TenantSettings;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MailLinksTest {

    private static final Tenant WITHOUT_LINK_BASE = tenant(Optional.empty());
    private static final Tenant WITH_LINK_BASE = tenant(Optional.of("https://shop.example.test/account"));

    @Test
    void tenantLinkBaseWinsOverThePublicUrl() {
        MailLinks links = new MailLinks(() -> "https://id.example.test");

        assertThat(links.activation(WITH_LINK_BASE, "abc"))
                .isEqualTo("https://shop.example.test/account/optin?token=abc");
        assertThat(links.login(WITH_LINK_BASE)).isEqualTo("https://shop.example.test/account/login");
        assertThat(links.passwordForgotten(WITH_LINK_BASE))
                .isEqualTo("https://shop.example.test/account/password/forgot");
    }

    @Test
    void withoutLinkBaseLinksGoToTheCustomerPagesUnderThePublicUrl() {
        MailLinks links = new MailLinks(() -> "https://id.example.test");

        assertThat(links.activation(WITHOUT_LINK_BASE, "abc"))
                .isEqualTo("https://id.example.test/ui/shop/optin?token=abc");
        assertThat(links.login(WITHOUT_LINK_BASE)).isEqualTo("https://id.example.test/ui/shop/login");
        assertThat(links.passwordForgotten(WITHOUT_LINK_BASE))
                .isEqualTo("https://id.example.test/ui/shop/password/forgot");
    }

    @Test
    void emailChangeAndDeletionLinksGoToTheirPagesWithTheToken() {
        MailLinks links = new MailLinks(() -> "https://id.example.test");

        assertThat(links.emailChangeConfirmation(WITHOUT_LINK_BASE, "abc"))
                .isEqualTo("https://id.example.test/ui/shop/email/confirm?token=abc");
        assertThat(links.emailChangeUndo(WITHOUT_LINK_BASE, "abc"))
                .isEqualTo("https://id.example.test/ui/shop/email/undo?token=abc");
        assertThat(links.accountDeletion(WITHOUT_LINK_BASE, "abc"))
                .isEqualTo("https://id.example.test/ui/shop/profile/delete?token=abc");
        assertThat(links.emailChangeUndo(WITH_LINK_BASE, "a+b"))
                .isEqualTo("https://shop.example.test/account/email/undo?token=a%2Bb");
    }

    @Test
    void trailingSlashOnThePublicUrlGivesNoDoubleSlash() {
        MailLinks links = new MailLinks(() -> "https://id.example.test/");

        assertThat(links.activation(WITHOUT_LINK_BASE, "abc"))
                .isEqualTo("https://id.example.test/ui/shop/optin?token=abc");
    }

    @Test
    void trailingSlashOnTheLinkBaseGivesNoDoubleSlash() {
        MailLinks links = new MailLinks(() -> "https://id.example.test");

        assertThat(links.activation(tenant(Optional.of("https://shop.example.test/account/")), "abc"))
                .isEqualTo("https://shop.example.test/account/optin?token=abc");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a+b/c=", "with space", "ä&x=1"})
    void tokenIsUrlEncodedAndDecodesBackToItself(String token) {
        String link = new MailLinks(() -> "https://id.example.test").activation(WITHOUT_LINK_BASE, token);

        String parameter = link.substring(link.indexOf("?token=") + "?token=".length());
        assertThat(parameter).doesNotContain("/", "=", " ", "&");
        assertThat(URLDecoder.decode(parameter, StandardCharsets.UTF_8)).isEqualTo(token);
    }

    @Test
    void plusInATokenIsEncodedSoItIsNotReadAsASpace() {
        String link = new MailLinks(() -> "https://id.example.test").activation(WITHOUT_LINK_BASE, "a+b/c=");

        assertThat(link).endsWith("?token=a%2Bb%2Fc%3D");
    }

    @Test
    void publicUrlIsReadWhenTheLinkIsMade() {
        AtomicReference<String> publicUrl = new AtomicReference<>("http://localhost:0");
        MailLinks links = new MailLinks(publicUrl::get);

        publicUrl.set("http://localhost:41234");

        assertThat(links.login(WITHOUT_LINK_BASE)).isEqualTo("http://localhost:41234/ui/shop/login");
    }

    private static Tenant tenant(Optional<String> linkBase) {
        TenantSettings defaults = TenantSettings.defaults();
        TenantSettings settings = new TenantSettings(
                defaults.anonymousTokenLifetime(),
                defaults.accessTokenLifetime(),
                defaults.refreshTokenLifetime(),
                defaults.serviceTokenLifetime(),
                Duration.ofHours(48),
                linkBase,
                List.of());
        return new Tenant(
                new TenantName("shop"), "The shop", settings, TenantLook.none(), Instant.parse("2030-01-15T10:00:00Z"));
    }
}
