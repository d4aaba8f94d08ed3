package dev.latchkey.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @Test
    void isTrimmedAndLowerCasedSoOneMailboxIsOneAccount() {
        assertThat(new EmailAddress("  Ada.Lovelace@Example.TEST ")).isEqualTo(new EmailAddress("ada.lovelace@example.test"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ada", "ada@", "@example.test", "ada@example", "ada lovelace@example.test", "ada@@example.test", "ada@-example.test"})
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
