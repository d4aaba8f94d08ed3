package dev.latchkey.domain.credential;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenHashTest {

    @Test
    void isTheHexSha256OfTheToken() {
        assertThat(TokenHash.of("abc").hex())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void matchesOnlyTheTokenItWasMadeFrom() {
        TokenHash hash = TokenHash.of("secret-one");
        assertThat(hash.matches("secret-one")).isTrue();
        assertThat(hash.matches("secret-two")).isFalse();
        assertThat(hash.matches(null)).isFalse();
    }

    @Test
    void printsOnlyAPrefix() {
        assertThat(TokenHash.of("abc").toString())
                .doesNotContain("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
