package dev.latchkey.server;

import dev.latchkey.adapter.web.WebUseCases;
import dev.latchkey.application.port.in.tenant.FindTenantUseCase;
import dev.latchkey.application.port.in.token.AuthenticateUseCase;
import dev.latchkey.application.port.in.token.LoginUseCase;
import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.tenant.ClientId;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.tenant.TenantLook;
import dev.latchkey.domain.tenant.TenantName;
import dev.latchkey.domain.tenant.TenantSettings;
import dev.latchkey.domain.token.AccessGrant;
import dev.latchkey.domain.token.SessionId;
import dev.latchkey.domain.token.TokenKind;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The web adapter's use cases for a test that starts the web adapter alone. */
final class OnlyUseCases {

    private OnlyUseCases() {
    }

    /**
     * {@code POST /customer/demo/login} answered by {@code login}, for a caller holding {@code anonymousToken}:
     * tenant {@code demo} exists and that token is its anonymous token.
     */
    static WebUseCases loginOfDemo(String anonymousToken, LoginUseCase login) {
        TenantName name = new TenantName("demo");
        Instant now = Instant.now();
        Tenant demo = new Tenant(name, "Demo", TenantSettings.defaults(), TenantLook.none(), now);
        AccessGrant anonymous = new AccessGrant(TokenHash.of(anonymousToken), TokenKind.ANONYMOUS, name,
                new ClientId("demo-storefront"), new SessionId("session-0123456789"), Optional.empty(), Set.of(), now,
                now.plus(Duration.ofHours(1)));
        return of(Map.of(
                FindTenantUseCase.class, (FindTenantUseCase) asked -> Optional.of(demo).filter(tenant -> tenant.name().equals(asked)),
                AuthenticateUseCase.class, (AuthenticateUseCase) token -> new AuthenticateUseCase.Authenticated(anonymous),
                LoginUseCase.class, login));
    }

    /** Only {@code given} present, by use-case type; every other one is never called by the test. */
    static WebUseCases of(Map<Class<?>, Object> given) {
        RecordComponent[] components = WebUseCases.class.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] values = Arrays.stream(types).map(given::get).toArray();
        try {
            return WebUseCases.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
