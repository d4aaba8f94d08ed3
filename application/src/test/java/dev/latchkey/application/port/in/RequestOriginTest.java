package dev.latchkey.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestOriginTest {

    @Test
    void aLongUserAgentIsCutAt512CharactersButNeverInsideASurrogatePair() {
        String agent = "a".repeat(511) + "\ud83d\ude00" + "b".repeat(100);
        assertThat(new RequestOrigin("127.0.0.1", agent).userAgent()).isEqualTo("a".repeat(511));
        assertThat(new RequestOrigin("127.0.0.1", "c".repeat(600)).userAgent()).hasSize(512);
    }

    @Test
    void controlCharactersInAUserAgentBecomeSpaces() {
        assertThat(new RequestOrigin("127.0.0.1", "curl\u0000/8\u001b[31m").userAgent())
                .isEqualTo("curl /8 [31m");
    }
}
