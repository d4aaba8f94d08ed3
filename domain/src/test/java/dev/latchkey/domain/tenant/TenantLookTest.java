package dev.latchkey.domain.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantLookTest {

    @Test
    void noneHasNoLogoNoColourAndNoSupportAddress() {
        assertThat(TenantLook.none()).isEqualTo(new TenantLook(Optional.empty(), Optional.empty(), Optional.empty()));
        assertThat(TenantLook.none().logoOrigin()).isEmpty();
    }

    @Test
    void aFullLookKeepsItsPartsWithTheColourAndAddressInLowerCase() {
        TenantLook look = new TenantLook(
                Optional.of("https://cdn.shop.example/logo.svg"),
                Optional.of("#1A2b3C"),
                Optional.of(" Help@Shop.Example "));

        assertThat(look.logoUrl()).contains("https://cdn.shop.example/logo.svg");
        assertThat(look.primaryColor()).contains("#1a2b3c");
        assertThat(look.supportEmail()).contains("help@shop.example");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://cdn.shop.example/logo.png",
                "HTTPS://CDN.shop.example/a/b.svg?v=3",
                "https://cdn.shop.example:8443/logo.png",
                "http://localhost:8080/logo.png",
                "http://127.0.0.1/logo.png"
            })
    void acceptsHttpsLogosAndHttpOnlyOnThisMachine(String url) {
        assertThat(TenantLook.isValidLogoUrl(url)).isTrue();
        assertThat(new TenantLook(Optional.of(url), Optional.empty(), Optional.empty()).logoUrl())
                .contains(url);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "http://cdn.shop.example/logo.png",
                "//cdn.shop.example/logo.png",
                "/logo.png",
                "logo.png",
                "javascript:alert(1)",
                "data:image/png;base64,AAAA",
                "ftp://cdn.shop.example/logo.png",
                "https://cdn.shop.example/logo.png\" onerror=\"alert(1)",
                "https://cdn.shop.example/it's.png",
                "https://cdn.shop.example/<script>.png",
                "https://cdn.shop.example/a logo.png",
                "https://cdn.shop.example/logo.png\n",
                "https://user@cdn.shop.example/logo.png",
                "https://cdn.shop.example\\@evil.example/logo.png",
                "https:cdn.shop.example/logo.png",
                "https:///logo.png",
                "https://cdn.shop.example/`logo`.png",
                "http://localhost.evil.example/logo.png"
            })
    void refusesEveryOtherLogoUrl(String url) {
        assertThat(TenantLook.isValidLogoUrl(url)).isFalse();
        assertThatThrownBy(() -> new TenantLook(Optional.of(url), Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLogoUrlIsAtMost500Characters() {
        String prefix = "https://cdn.shop.example/";
        String longest = prefix + "a".repeat(TenantLook.MAX_LOGO_URL_LENGTH - prefix.length());

        assertThat(TenantLook.isValidLogoUrl(longest)).isTrue();
        assertThat(TenantLook.isValidLogoUrl(longest + "a")).isFalse();
    }

    @Test
    void theLogoOriginIsWhatAnImagePolicyMustAllow() {
        assertThat(TenantLook.none()
                        .withLogoUrl(Optional.of("https://CDN.shop.example:443/img/logo.png"))
                        .logoOrigin())
                .contains("https://cdn.shop.example");
        assertThat(TenantLook.none()
                        .withLogoUrl(Optional.of("http://localhost:8080/logo.png"))
                        .logoOrigin())
                .contains("http://localhost:8080");
    }

    @ParameterizedTest
    @ValueSource(strings = {"#000000", "#ffffff", "#A1b2C3"})
    void acceptsSixDigitHexColours(String color) {
        assertThat(TenantLook.isValidPrimaryColor(color)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "#fff",
                "000000",
                "#0000000",
                "#gggggg",
                "red",
                "#12345",
                "#123456;",
                " #123456",
                "#123456 ",
                "rgb(0,0,0)"
            })
    void refusesEveryOtherColour(String color) {
        assertThat(TenantLook.isValidPrimaryColor(color)).isFalse();
        assertThatThrownBy(() -> TenantLook.none().withPrimaryColor(Optional.of(color)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "help",
                "help@",
                "@shop.example",
                "help@shop",
                "help me@shop.example",
                "\"help\"@shop.example",
                "help@shop.example>"
            })
    void refusesInvalidSupportAddresses(String email) {
        assertThat(TenantLook.isValidSupportEmail(email)).isFalse();
        assertThatThrownBy(() -> TenantLook.none().withSupportEmail(Optional.of(email)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSupportAddressIsAtMost254Characters() {
        String domain = "." + "d".repeat(60);
        String host = "shop" + domain + domain + domain + ".example";
        String address = "h".repeat(254 - host.length() - 1) + "@" + host;

        assertThat(address).hasSize(254);
        assertThat(TenantLook.isValidSupportEmail(address)).isTrue();
        assertThat(TenantLook.isValidSupportEmail("h" + address)).isFalse();
    }

    @Test
    void eachPartChangesAlone() {
        TenantLook look = TenantLook.none()
                .withLogoUrl(Optional.of("https://cdn.shop.example/logo.png"))
                .withPrimaryColor(Optional.of("#112233"))
                .withSupportEmail(Optional.of("help@shop.example"));

        TenantLook withoutColour = look.withPrimaryColor(Optional.empty());

        assertThat(withoutColour.logoUrl()).isEqualTo(look.logoUrl());
        assertThat(withoutColour.primaryColor()).isEmpty();
        assertThat(withoutColour.supportEmail()).isEqualTo(look.supportEmail());
    }
}
