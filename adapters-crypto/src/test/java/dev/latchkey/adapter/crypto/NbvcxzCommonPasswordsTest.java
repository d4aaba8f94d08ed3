package dev.latchkey.adapter.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.domain.credential.Password;
import dev.latchkey.domain.policy.CommonPasswords;
import dev.latchkey.domain.policy.PasswordPolicy;
import dev.latchkey.domain.policy.PasswordRule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NbvcxzCommonPasswordsTest {

    private static NbvcxzCommonPasswords list;

    @BeforeAll
    static void load() {
        list = NbvcxzCommonPasswords.load();
    }

    @Test
    void recognisesEveryOneOfTheHundredThousandMostCommonPasswords() throws IOException {
        List<String> entries;
        try (InputStream in =
                NbvcxzCommonPasswords.class.getClassLoader().getResourceAsStream(NbvcxzCommonPasswords.RESOURCE)) {
            assertThat(in).as("the list on the class path").isNotNull();
            entries = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .toList();
        }

        assertThat(entries).hasSizeGreaterThanOrEqualTo(100_000);
        assertThat(entries).allMatch(list::contains);
        assertThat(list.size()).as("distinct once letter case is ignored").isBetween(90_000, entries.size());
        long distinct = entries.stream()
                .map(entry -> Normalizer.normalize(entry, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT))
                .distinct()
                .count();
        assertThat(list.size())
                .as("no two passwords of the list share a fingerprint")
                .isEqualTo(distinct);
    }

    @Test
    void knowsTheUsualSuspects() {
        assertThat(list.contains("password")).isTrue();
        assertThat(list.contains("123456789")).isTrue();
        assertThat(list.contains("qwerty123")).isTrue();
        assertThat(list.contains("iloveyou")).isTrue();
    }

    @Test
    void comparesWithoutLetterCaseAndAfterNfkc() {
        assertThat(list.contains("PassWord")).isTrue();
        assertThat(list.contains("\uFF50\uFF41\uFF53\uFF53\uFF57\uFF4F\uFF52\uFF44"))
                .isTrue();
    }

    @Test
    void letsAnUncommonPassphraseThrough() {
        assertThat(list.contains("correct horse battery")).isFalse();
        assertThat(list.contains("")).isFalse();
    }

    @Test
    void theListReadInTheBackgroundAnswersTheSame() {
        CommonPasswords background = NbvcxzCommonPasswords.loadInBackground();

        assertThat(background.contains("PassWord")).isTrue();
        assertThat(background.contains("correct horse battery")).isFalse();
    }

    @Test
    void givesThePolicyItsCommonPasswordRule() {
        PasswordPolicy policy = new PasswordPolicy(list);

        assertThat(policy.check(new Password("baseball"), Optional.empty()))
                .containsExactly(PasswordRule.COMMON_PASSWORD);
        assertThat(policy.check(new Password("correct horse battery"), Optional.empty()))
                .isEmpty();
    }
}
