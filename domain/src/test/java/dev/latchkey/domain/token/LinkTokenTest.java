package dev.latchkey.domain.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.domain.credential.TokenHash;
import org.junit.jupiter.api.Test;

class LinkTokenTest {

    @Test
    void missingBlankAndOverlongTokensAreNoTokensAtAll() {
        assertThat(LinkToken.isValid(null)).isFalse();
        assertThat(LinkToken.isValid("")).isFalse();
        assertThat(LinkToken.isValid("   ")).isFalse();
        assertThat(LinkToken.isValid("x".repeat(513))).isFalse();
        assertThatThrownBy(() -> new LinkToken(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anyOtherTextIsATokenToLookUpByItsHash() {
        assertThat(LinkToken.isValid("x")).isTrue();
        assertThat(LinkToken.isValid("x".repeat(512))).isTrue();
        assertThat(new LinkToken("abc").hash()).isEqualTo(TokenHash.of("abc"));
    }

    @Test
    void itsTextNeverShowsInItsDescription() {
        assertThat(new LinkToken("secret-token-value")).hasToString("LinkToken[****]");
    }
}
