package dev.latchkey.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MalformedEscapesTest {

    @Test
    void aPercentSignWithoutTwoHexDigitsIsMalformed() {
        assertThat(MalformedEscapes.in("/customer/%u002e/me")).isTrue();
        assertThat(MalformedEscapes.in("/customer/demo/me%")).isTrue();
        assertThat(MalformedEscapes.in("/customer/%2/me")).isTrue();
        assertThat(MalformedEscapes.in("/customer/%zz/me")).isTrue();
    }

    @Test
    void wellFormedEscapesAndPlainPathsAreNot() {
        assertThat(MalformedEscapes.in("/customer/demo/me")).isFalse();
        assertThat(MalformedEscapes.in("/customer/%2e%2E/me%20x")).isFalse();
        assertThat(MalformedEscapes.in(null)).isFalse();
    }
}
