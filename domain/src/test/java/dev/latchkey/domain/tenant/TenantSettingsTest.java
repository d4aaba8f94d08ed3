package dev.latchkey.domain.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantSettingsTest {

    private static final TenantSettings SHOP = TenantSettings.defaults()
            .withAllowedReturnUrls(List.of("https://shop.example/", "https://Checkout.Shop.Example:8443/account"));

    @Test
    void eachLifetimeIsChangedOnItsOwn() {
        for (TokenLifetime which : TokenLifetime.values()) {
            TenantSettings changed = SHOP.withLifetime(which, java.time.Duration.ofMinutes(7));
            for (TokenLifetime other : TokenLifetime.values()) {
                assertThat(changed.lifetime(other))
                        .as(which + " changes " + other)
                        .isEqualTo(other == which ? java.time.Duration.ofMinutes(7) : SHOP.lifetime(other));
            }
            assertThat(changed.allowedReturnUrls()).isEqualTo(SHOP.allowedReturnUrls());
        }
        assertThat(SHOP.lifetime(TokenLifetime.REFRESH)).isEqualTo(SHOP.refreshTokenLifetime());
        assertThat(TokenLifetime.isValid(java.time.Duration.ofSeconds(59))).isFalse();
        assertThat(TokenLifetime.isValid(java.time.Duration.ofDays(367))).isFalse();
        assertThat(TokenLifetime.isValid(java.time.Duration.ofMinutes(15))).isTrue();
    }

    @Test
    void theDefaultsAllowNoReturnUrl() {
        assertThat(TenantSettings.defaults().allowedReturnUrls()).isEmpty();
        assertThat(TenantSettings.defaults().returnOrigins()).isEmpty();
        assertThat(TenantSettings.defaults().allowsReturnTo("https://shop.example/"))
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://shop.example/",
                "https://shop.example",
                "https://shop.example/cart?x=1",
                "https://shop.example/a/b/c#top",
                "https://SHOP.EXAMPLE/cart",
                "HTTPS://shop.example/cart",
                "https://shop.example:443/cart",
                "https://checkout.shop.example:8443/account",
                "https://checkout.shop.example:8443/account/",
                "https://checkout.shop.example:8443/account/orders?id=7",
                "https://checkout.shop.example:8443/account?tab=2"
            })
    void allowsAddressesInsideAnAllowedUrl(String candidate) {
        assertThat(SHOP.allowsReturnTo(candidate)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://shop.example.evil.com/",
                "https://shop.example@evil.com/",
                "https://shop.example:443@evil.com/",
                "https://user:pass@shop.example/",
                "//evil.com",
                "//shop.example/",
                "/cart",
                "cart",
                "javascript:alert(1)",
                "JavaScript://shop.example/%0Aalert(1)",
                "data:text/html,<script>alert(1)</script>",
                "http://shop.example/",
                "https://shop.example:8443/",
                "https://evil.com/https://shop.example/",
                "https://evilshop.example/",
                "https://shop.example\\@evil.com/",
                "https://shop.example\\evil.com/",
                "https:\\\\evil.com/",
                "https://shop.example/\tcart",
                "https://shop.example/ cart",
                "https://shop.example/cart\n",
                "\nhttps://shop.example/",
                " https://shop.example/",
                "https://shop.example/\u0000",
                "https://shop.example/caf\u00e9",
                "https:shop.example/",
                "https:/shop.example/",
                "https:///shop.example/",
                "https://shop.example./",
                "https://checkout.shop.example:8443/accounts",
                "https://checkout.shop.example:8443/",
                "https://checkout.shop.example:8443/account/../admin",
                "https://checkout.shop.example:8443/account/%2e%2e/admin",
                "https://checkout.shop.example:8443/account/%2E./admin",
                "https://checkout.shop.example/account",
                "ftp://shop.example/",
                ""
            })
    void refusesHostileAndForeignAddresses(String candidate) {
        assertThat(SHOP.allowsReturnTo(candidate)).isFalse();
    }

    @Test
    void refusesNoAddressAndOverlongOnes() {
        assertThat(SHOP.allowsReturnTo(null)).isFalse();
        String base = "https://shop.example/";
        assertThat(SHOP.allowsReturnTo(base + "a".repeat(TenantSettings.MAX_RETURN_CANDIDATE_LENGTH - base.length())))
                .isTrue();
        assertThat(SHOP.allowsReturnTo(
                        base + "a".repeat(TenantSettings.MAX_RETURN_CANDIDATE_LENGTH - base.length() + 1)))
                .isFalse();
    }

    @Test
    void theReturnOriginsAreSchemeHostAndPortOfEachAllowedUrl() {
        TenantSettings settings = TenantSettings.defaults()
                .withAllowedReturnUrls(List.of(
                        "https://shop.example/",
                        "https://shop.example/account",
                        "https://Checkout.Shop.Example:8443/account",
                        "https://shop.example:443/x",
                        "http://localhost:3000/"));

        assertThat(settings.returnOrigins())
                .containsExactly("https://shop.example", "https://checkout.shop.example:8443", "http://localhost:3000");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://shop.example/",
                "https://shop.example",
                "http://localhost:3000/account",
                "https://shop.example:8443/a/b/",
                "https://[::1]:8443/"
            })
    void acceptsAbsoluteHttpUrlsAsReturnUrls(String url) {
        assertThat(TenantSettings.isValidReturnUrl(url)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "/account",
                "//shop.example/",
                "shop.example",
                "ftp://shop.example/",
                "javascript:alert(1)",
                "https://shop.example/#top",
                "https://shop.example/?x=1",
                "https://user@shop.example/",
                "https://shop.example/a b",
                "https://shop.example\\evil.com/",
                "https://shop.example/../x"
            })
    void refusesEverythingElseAsReturnUrl(String url) {
        assertThat(TenantSettings.isValidReturnUrl(url)).isFalse();
        assertThatThrownBy(() -> TenantSettings.defaults().withAllowedReturnUrls(List.of(url)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void atMost20ReturnUrlsOf500CharactersEach() {
        List<String> twenty = IntStream.rangeClosed(1, TenantSettings.MAX_RETURN_URLS)
                .mapToObj(n -> "https://shop" + n + ".example/")
                .toList();
        assertThat(TenantSettings.defaults().withAllowedReturnUrls(twenty).allowedReturnUrls())
                .hasSize(20);
        List<String> twentyOne = new ArrayList<>(twenty);
        twentyOne.add("https://shop21.example/");
        assertThatThrownBy(() -> TenantSettings.defaults().withAllowedReturnUrls(twentyOne))
                .isInstanceOf(IllegalArgumentException.class);

        String prefix = "https://shop.example/";
        String longest = prefix + "a".repeat(TenantSettings.MAX_RETURN_URL_LENGTH - prefix.length());
        assertThat(TenantSettings.isValidReturnUrl(longest)).isTrue();
        assertThat(TenantSettings.isValidReturnUrl(longest + "a")).isFalse();
    }

    @Test
    void aMissingReturnUrlIsRefused() {
        assertThatThrownBy(() -> TenantSettings.defaults().withAllowedReturnUrls(Collections.singletonList(null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theReturnUrlsCannotBeChangedFromOutside() {
        List<String> urls = new ArrayList<>(List.of("https://shop.example/"));
        TenantSettings settings = TenantSettings.defaults().withAllowedReturnUrls(urls);
        urls.add("https://evil.example/");

        assertThat(settings.allowedReturnUrls()).containsExactly("https://shop.example/");
        assertThat(settings.allowsReturnTo("https://evil.example/")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://shop.example/account", "https://shop.example/account/", "http://localhost:3000"})
    void acceptsAbsoluteHttpUrlsAsLinkBase(String url) {
        assertThat(TenantSettings.defaults().withLinkBase(Optional.of(url)).linkBase())
                .contains(url);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "/account",
                "shop.example",
                "javascript:alert(1)",
                "https://shop.example/?x=1",
                "https://shop.example/#x",
                "https://user@shop.example/",
                "https://shop.example/a b"
            })
    void refusesEverythingElseAsLinkBase(String url) {
        assertThat(TenantSettings.isValidLinkBase(url)).isFalse();
        assertThatThrownBy(() -> TenantSettings.defaults().withLinkBase(Optional.of(url)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
