package dev.latchkey.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void everyLanguageTranslatesEveryEnglishText() {
        for (Language language : Language.values()) {
            assertThat(Texts.of(language).ownKeys())
                    .as(language.name())
                    .isEqualTo(Texts.of(Language.EN).ownKeys());
        }
    }

    @Test
    void placeholdersAreFilledInOrder() {
        assertThat(Texts.of(Language.DE).get("wait.minutes", 3)).isEqualTo("3 Minuten");
        assertThat(Texts.of(Language.EN).get("signup.sent.text", "a@b.test")).startsWith("We sent a mail to a@b.test.");
    }

    @Test
    void anUnknownKeyIsAProgrammingError() {
        assertThatThrownBy(() -> Texts.of(Language.EN).get("no.such.text"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptLanguagePicksTheFirstOfOursByWeight() {
        assertThat(Language.ofAcceptLanguage("fr-FR, de-DE;q=0.8, en;q=0.5")).isEqualTo(Language.DE);
        assertThat(Language.ofAcceptLanguage("en-GB,en;q=0.9,de;q=0.8")).isEqualTo(Language.EN);
        assertThat(Language.ofAcceptLanguage("fr")).isEqualTo(Language.EN);
        assertThat(Language.ofAcceptLanguage("de;q=0, en;q=0.1")).isEqualTo(Language.EN);
        assertThat(Language.ofAcceptLanguage(";;;=q")).isEqualTo(Language.EN);
        assertThat(Language.ofAcceptLanguage(null)).isEqualTo(Language.EN);
    }

    @Test
    void aProfileLanguageTagNamesItsLanguage() {
        assertThat(Language.ofTag("de_DE")).contains(Language.DE);
        assertThat(Language.ofTag("de-AT")).contains(Language.DE);
        assertThat(Language.ofTag("en_US")).contains(Language.EN);
        assertThat(Language.ofTag("dex")).isEmpty();
        assertThat(Language.ofTag("fr")).isEmpty();
    }
}
