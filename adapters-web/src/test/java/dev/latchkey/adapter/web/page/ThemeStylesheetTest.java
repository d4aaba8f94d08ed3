package dev.latchkey.adapter.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.tenant.TenantLook;
import dev.latchkey.domain.tenant.TenantName;
import dev.latchkey.domain.tenant.TenantSettings;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ThemeStylesheetTest {

    private static Tenant shopIn(String colour) {
        return new Tenant(
                new TenantName("shop"),
                "Shop",
                TenantSettings.defaults(),
                TenantLook.none().withPrimaryColor(Optional.ofNullable(colour)),
                Instant.EPOCH);
    }

    private static String property(String css, String name) {
        Matcher matcher = Pattern.compile(name + ": (#[0-9a-f]{6});").matcher(css);
        assertThat(matcher.find()).as(name).isTrue();
        return matcher.group(1);
    }

    @Test
    void everyShopColourKeepsTextAndLinksReadable() {
        for (String colour :
                new String[] {"#ffd400", "#0a7d38", "#ffffff", "#000000", "#777777", "#ff69b4", "#00ffff"}) {
            String css = ThemeStylesheet.css(shopIn(colour));
            int[] primary = ThemeStylesheet.rgb(colour);
            assertThat(ThemeStylesheet.contrast(primary, ThemeStylesheet.rgb(property(css, "--lk-on-primary"))))
                    .as("text on " + colour)
                    .isGreaterThanOrEqualTo(4.5);
            assertThat(ThemeStylesheet.contrast(
                            ThemeStylesheet.rgb(property(css, "--lk-link")), ThemeStylesheet.rgb("#ffffff")))
                    .as("links for " + colour)
                    .isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void aLightColourGetsDarkTextAndADarkerLink() {
        String css = ThemeStylesheet.css(shopIn("#ffd400"));
        assertThat(property(css, "--lk-on-primary")).isEqualTo("#000000");
        assertThat(property(css, "--lk-link")).isNotEqualTo("#ffd400");
        assertThat(property(css, "--lk-primary")).isEqualTo("#ffd400");
    }

    @Test
    void aShopWithoutAColourLoadsNoThemeStylesheet() {
        assertThat(ThemeStylesheet.href(shopIn(null))).isEmpty();
        assertThat(ThemeStylesheet.href(shopIn("#0a7d38"))).isEqualTo("/ui/shop/theme.css?v=0a7d38");
    }
}
