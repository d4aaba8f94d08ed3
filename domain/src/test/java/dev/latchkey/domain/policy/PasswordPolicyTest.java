package dev.latchkey.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.domain.credential.Password;
import dev.latchkey.domain.customer.EmailAddress;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void acceptsAnyCharactersWithoutCompositionRules() {
        assertThat(policy.check(new Password("correct horse battery"), Optional.empty()))
                .isEmpty();
        assertThat(policy.check(new Password("ääääääää"), Optional.empty())).isEmpty();
    }

    @Test
    void countsCodePointsNotUtf16Units() {
        String sevenEmoji = "\uD83D\uDE00".repeat(7);
        assertThat(policy.check(new Password(sevenEmoji), Optional.empty())).containsExactly(PasswordRule.TOO_SHORT);
        assertThat(policy.check(new Password("\uD83D\uDE00".repeat(64)), Optional.empty()))
                .isEmpty();
        assertThat(policy.check(new Password("\uD83D\uDE00".repeat(65)), Optional.empty()))
                .containsExactly(PasswordRule.TOO_LONG);
    }

    @Test
    void normalisesWithNfkcBeforeCounting() {
        assertThat(new Password("\uFB01").value()).isEqualTo("fi");
    }

    @Test
    void reportsEveryFailedRuleAtOnce() {
        assertThat(policy.check(new Password("ada"), Optional.of(new EmailAddress("ada@example.test"))))
                .containsExactly(PasswordRule.TOO_SHORT, PasswordRule.CONTAINS_EMAIL);
    }

    @Test
    void rejectsAPasswordContainingTheEmailLocalPartInAnyCase() {
        assertThat(policy.check(
                        new Password("my-LOVELACE-pass"), Optional.of(new EmailAddress("lovelace@example.test"))))
                .containsExactly(PasswordRule.CONTAINS_EMAIL);
    }

    @Test
    void flagsTooLongPasswordsBeforeHashing() {
        assertThat(policy.isTooLongToHash(new Password("x".repeat(64)))).isFalse();
        assertThat(policy.isTooLongToHash(new Password("x".repeat(65)))).isTrue();
    }

    @Test
    void rejectsAPasswordOnTheCommonListAndReportsItWithTheOtherRules() {
        PasswordPolicy withList = new PasswordPolicy(password -> password.equals("password") || password.equals("ada"));

        assertThat(withList.check(new Password("password"), Optional.empty()))
                .containsExactly(PasswordRule.COMMON_PASSWORD);
        assertThat(withList.check(new Password("ada"), Optional.of(new EmailAddress("ada@example.test"))))
                .containsExactly(PasswordRule.TOO_SHORT, PasswordRule.CONTAINS_EMAIL, PasswordRule.COMMON_PASSWORD);
        assertThat(withList.check(new Password("correct horse battery"), Optional.empty()))
                .isEmpty();
    }

    @Test
    void asksTheListAboutTheNormalisedPassword() {
        PasswordPolicy withList = new PasswordPolicy(password -> password.equals("fifififi"));

        assertThat(withList.check(new Password("\uFB01\uFB01\uFB01\uFB01"), Optional.empty()))
                .containsExactly(PasswordRule.COMMON_PASSWORD);
    }

    @Test
    void withoutAListNoPasswordIsCommon() {
        assertThat(policy.check(new Password("password"), Optional.empty())).isEmpty();
    }
}
