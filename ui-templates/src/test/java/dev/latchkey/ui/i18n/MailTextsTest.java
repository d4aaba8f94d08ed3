package dev.latchkey.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class MailTextsTest {

    private final MailTexts english = MailTexts.of(Language.EN);
    private final MailTexts german = MailTexts.of(Language.DE);

    @Test
    void everyLanguageTranslatesEveryEnglishMailText() {
        for (Language language : Language.values()) {
            assertThat(MailTexts.of(language).ownKeys()).as(language.name()).isEqualTo(english.ownKeys());
        }
    }

    @Test
    void aGermanTagIsGermanAndEveryOtherTagIsEnglish() {
        assertThat(MailTexts.forTag("de_DE").language()).isEqualTo(Language.DE);
        assertThat(MailTexts.forTag("de-AT").language()).isEqualTo(Language.DE);
        assertThat(MailTexts.forTag("de").language()).isEqualTo(Language.DE);
        assertThat(MailTexts.forTag("en_US").language()).isEqualTo(Language.EN);
        assertThat(MailTexts.forTag("fr_FR").language()).isEqualTo(Language.EN);
        assertThat(MailTexts.forTag("").language()).isEqualTo(Language.EN);
        assertThat(MailTexts.forTag(null).language()).isEqualTo(Language.EN);
    }

    @Test
    void placeholdersAreFilledInOnePassSoAValueIsNeverReadAsAPlaceholder() {
        assertThat(english.get("activation.subject", "Shop {1}")).isEqualTo("Activate your Shop {1} account");
        assertThat(german.get("emailChanged.intro", "{1}", "new@example.test"))
                .isEqualTo(
                        "Die E-Mail-Adresse, mit der Sie sich bei Ihrem Konto bei {1} anmelden, ist jetzt new@example.test.");
    }

    @Test
    void aTextIsCutAroundTheValueItFramesWhereverTheLanguagePutsIt() {
        MailTexts.Split englishIntro = english.around("emailChangeRequested.intro", 1, "Demo");
        MailTexts.Split germanIntro = german.around("emailChangeRequested.intro", 1, "Demo");

        assertThat(englishIntro.before()).endsWith("your Demo account to ");
        assertThat(englishIntro.after()).isEqualTo(".");
        assertThat(germanIntro.before()).endsWith("bei Demo anmelden, in ");
        assertThat(germanIntro.after()).isEqualTo(" ändern.");
        assertThatThrownBy(() -> english.around("activation.subject", 1, "Demo"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLifetimeIsCountedInTheMailsUnitOrASmallerOneThatFitsExactly() {
        assertThat(english.lifetime(Duration.ofHours(48), ChronoUnit.HOURS)).isEqualTo("48 hours");
        assertThat(german.lifetime(Duration.ofHours(48), ChronoUnit.HOURS)).isEqualTo("48 Stunden");
        assertThat(english.lifetime(Duration.ofHours(1), ChronoUnit.HOURS)).isEqualTo("1 hour");
        assertThat(german.lifetime(Duration.ofHours(1), ChronoUnit.HOURS)).isEqualTo("1 Stunde");
        assertThat(english.lifetime(Duration.ofMinutes(90), ChronoUnit.HOURS)).isEqualTo("90 minutes");
        assertThat(german.lifetime(Duration.ofMinutes(30), ChronoUnit.MINUTES)).isEqualTo("30 Minuten");
        assertThat(german.lifetime(Duration.ofDays(7), ChronoUnit.DAYS)).isEqualTo("7 Tage");
        assertThat(english.lifetime(Duration.ofDays(1), ChronoUnit.DAYS)).isEqualTo("1 day");
        assertThat(english.lifetime(Duration.ofSeconds(45), ChronoUnit.MINUTES)).isEqualTo("45 seconds");
        assertThatThrownBy(() -> english.lifetime(Duration.ZERO, ChronoUnit.HOURS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnknownKeyIsAProgrammingError() {
        assertThatThrownBy(() -> german.get("no.such.text")).isInstanceOf(IllegalArgumentException.class);
        assertThat(german.has("activation.subject")).isTrue();
    }
}
