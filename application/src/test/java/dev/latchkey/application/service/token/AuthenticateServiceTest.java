package dev.latchkey.application.service.token;

import static dev.latchkey.application.fake.FakePorts.SHOP;
import static dev.latchkey.application.fake.FakePorts.SHOP_STOREFRONT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fake.FakePorts;
import dev.latchkey.application.port.in.token.AuthenticateUseCase.Authenticated;
import dev.latchkey.application.port.in.token.AuthenticateUseCase.Expired;
import dev.latchkey.application.port.in.token.AuthenticateUseCase.Invalid;
import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.token.AccessGrant;
import dev.latchkey.domain.token.SessionId;
import dev.latchkey.domain.token.TokenKind;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthenticateServiceTest {

    private static final String TOKEN = "a-bearer-token-of-the-storefront";

    private final FakePorts ports = new FakePorts();
    private final AuthenticateService service = new AuthenticateService(ports.grants, ports.clock);
    private AccessGrant grant;

    @BeforeEach
    void issueToken() {
        grant = new AccessGrant(
                TokenHash.of(TOKEN),
                TokenKind.ANONYMOUS,
                SHOP,
                SHOP_STOREFRONT,
                new SessionId("session-0000000001"),
                Optional.empty(),
                Set.of(),
                ports.clock.instant(),
                ports.clock.instant().plus(Duration.ofHours(1)));
        ports.grants.add(grant);
    }

    @Test
    void validTokenIsAuthenticatedWithItsGrant() {
        ports.clock.advance(Duration.ofMinutes(59));

        assertThat(service.authenticate(TOKEN)).isEqualTo(new Authenticated(grant));
    }

    @Test
    void tokenAtTheEndOfItsLifetimeIsExpired() {
        ports.clock.advance(Duration.ofHours(1));

        assertThat(service.authenticate(TOKEN)).isEqualTo(new Expired());
    }

    @Test
    void tokenLongPastItsLifetimeIsExpired() {
        ports.clock.advance(Duration.ofDays(3));

        assertThat(service.authenticate(TOKEN)).isEqualTo(new Expired());
    }

    @Test
    void unknownTokenIsInvalid() {
        assertThat(service.authenticate("an-unknown-bearer-token")).isEqualTo(new Invalid());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void blankTokenIsInvalid(String presented) {
        assertThat(service.authenticate(presented)).isEqualTo(new Invalid());
    }

    @Test
    void missingTokenIsInvalid() {
        assertThat(service.authenticate(null)).isEqualTo(new Invalid());
    }

    @Test
    void tokenLongerThan512CharactersIsInvalidWithoutBeingLookedUp() {
        String overlong = "x".repeat(513);
        ports.grants.add(new AccessGrant(
                TokenHash.of(overlong),
                TokenKind.ANONYMOUS,
                SHOP,
                SHOP_STOREFRONT,
                new SessionId("session-0000000002"),
                Optional.empty(),
                Set.of(),
                ports.clock.instant(),
                ports.clock.instant().plus(Duration.ofHours(1))));

        assertThat(service.authenticate(overlong)).isEqualTo(new Invalid());
    }
}
