package dev.latchkey.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @Test
    void isTrimmedAndLowerCasedSoOneMailboxIsOneAccount() {
        assertThat(new EmailAddress("  Ada.Lovelace@Example.TEST "))
                .isEqualTo(new EmailAddress("ada.lovelace@example.test"));
    }

    @Test
    void anInternationalDomainIsKeptInItsAsciiForm() {
        assertThat(new EmailAddress(" Ada@B\u00dccher.Example ").value()).isEqualTo("ada@xn--bcher-kva.example");
        assertThat(new EmailAddress("ada@xn--bcher-kva.example"))
                .isEqualTo(new EmailAddress("ada@b\u00fccher.example"));
        assertThat(new EmailAddress("ada@bu\u0308cher.example"))
                .as("a decomposed umlaut is the same letter")
                .isEqualTo(new EmailAddress("ada@b\u00fccher.example"));
    }

    @Test
    void aNonAsciiLocalPartIsKeptInLowerCase() {
        assertThat(new EmailAddress("J\u00d6RG@example.test").value()).isEqualTo("j\u00f6rg@example.test");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ada\u0000@example.test",
                "ada\n@example.test",
                "ada@exa_mple.test",
                "ada@b\u00fccher-.example",
                "ada@xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.example"
            })
    void refusesControlCharactersAndDomainsWithoutAnAsciiForm(String candidate) {
        assertThat(EmailAddress.isValid(candidate)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "ada",
                "ada@",
                "@example.test",
                "ada@example",
                "ada lovelace@example.test",
                "ada@@example.test",
                "ada@-example.test"
            })
    void rejectsWhatIsNotAnAddress(String candidate) {
        assertThatThrownBy(() -> new EmailAddress(candidate)).isInstanceOf(IllegalArgumentException.class);
        assertThat(EmailAddress.isValid(candidate)).isFalse();
    }

    @Test
    void rejectsALocalPartLongerThan64Characters() {
        assertThat(EmailAddress.isValid("a".repeat(64) + "@example.test")).isTrue();
        assertThat(EmailAddress.isValid("a".repeat(65) + "@example.test")).isFalse();
    }

    @Test
    void neverShowsTheFullAddressWhenPrinted() {
        EmailAddress email = new EmailAddress("ada@example.test");
        assertThat(email.toString()).isEqualTo("a***@example.test").doesNotContain("ada@");
    }
}
