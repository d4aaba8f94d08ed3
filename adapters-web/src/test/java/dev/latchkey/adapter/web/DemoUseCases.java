package dev.latchkey.adapter.web;

import dev.latchkey.application.port.in.account.AccountUseCases;
import dev.latchkey.application.port.in.address.AddressUseCases;
import dev.latchkey.application.port.in.admin.AdminUseCases;
import dev.latchkey.application.port.in.email.EmailChangeUseCases;
import dev.latchkey.application.port.in.mail.MailUseCases;
import dev.latchkey.application.port.in.password.PasswordUseCases;
import dev.latchkey.application.port.in.profile.ProfileUseCases;
import dev.latchkey.application.port.in.session.SessionUseCases;
import dev.latchkey.application.port.in.signup.SignupUseCases;
import dev.latchkey.application.port.in.tenant.TenantUseCases;
import dev.latchkey.application.port.in.token.AuthenticateUseCase;
import dev.latchkey.application.port.in.token.TokenUseCases;
import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.tenant.AdminScopes;
import dev.latchkey.domain.tenant.ClientId;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.tenant.TenantLook;
import dev.latchkey.domain.tenant.TenantName;
import dev.latchkey.domain.tenant.TenantSettings;
import dev.latchkey.domain.token.AccessGrant;
import dev.latchkey.domain.token.SessionId;
import dev.latchkey.domain.token.TokenKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Use cases for the web adapter run on its own, as plain lambdas: the tenant {@code demo} exists, and
 * three bearer tokens of it are known (anonymous, of one customer, and of a service client with every
 * admin scope). A test gives the area records its calls need; an area it does not give is never called.
 */
public final class DemoUseCases {

    public static final TenantName DEMO = new TenantName("demo");
    public static final Tenant TENANT = new Tenant(
            DEMO, "Demo", TenantSettings.defaults(), TenantLook.none(), Instant.parse("2026-01-01T00:00:00Z"));
    public static final String ANONYMOUS_TOKEN = "anonymous-token-of-demo-0123456789";
    public static final String CUSTOMER_TOKEN = "customer-token-of-demo-0123456789";
    public static final String SERVICE_TOKEN = "service-token-of-demo-0123456789";
    public static final CustomerId CUSTOMER = new CustomerId(UUID.fromString("6f1c2b9e-8a3d-4f5e-9b7a-1c2d3e4f5a6b"));
    public static final SessionId SESSION = new SessionId("session-0123456789");

    private DemoUseCases() {}

    /** Tenant {@code demo}, found by name; nothing else of the tenant area. */
    public static TenantUseCases tenants() {
        return new TenantUseCases(
                name -> Optional.of(TENANT).filter(tenant -> tenant.name().equals(name)), null, null, null, null);
    }

    /** What the three known tokens grant; any other token is invalid. */
    public static AuthenticateUseCase.Result authenticate(String token) {
        Instant now = Instant.now();
        Instant later = now.plus(Duration.ofHours(1));
        ClientId storefront = new ClientId("demo-storefront");
        return switch (token) {
            case ANONYMOUS_TOKEN ->
                new AuthenticateUseCase.Authenticated(new AccessGrant(
                        TokenHash.of(token),
                        TokenKind.ANONYMOUS,
                        DEMO,
                        storefront,
                        SESSION,
                        Optional.empty(),
                        Set.of(),
                        now,
                        later));
            case CUSTOMER_TOKEN ->
                new AuthenticateUseCase.Authenticated(new AccessGrant(
                        TokenHash.of(token),
                        TokenKind.CUSTOMER,
                        DEMO,
                        storefront,
                        SESSION,
                        Optional.of(CUSTOMER),
                        Set.of(),
                        now,
                        later));
            case SERVICE_TOKEN ->
                new AuthenticateUseCase.Authenticated(new AccessGrant(
                        TokenHash.of(token),
                        TokenKind.SERVICE,
                        DEMO,
                        new ClientId("demo-admin"),
                        new SessionId("service-0123456789"),
                        Optional.empty(),
                        AdminScopes.ALL,
                        now,
                        later));
            default -> new AuthenticateUseCase.Invalid();
        };
    }

    /** The token area with {@link #authenticate} and the given use cases (each may be null). */
    public static TokenUseCases tokens(TokenUseCases given) {
        return new TokenUseCases(
                DemoUseCases::authenticate,
                given.issueAnonymousToken(),
                given.issueServiceToken(),
                given.login(),
                given.refreshTokens(),
                given.logout(),
                given.publicKeys());
    }

    /** The web adapter's use cases: tenant {@code demo}, its tokens, and the area records given. */
    public static WebUseCases with(Object... areas) {
        TokenUseCases tokens = tokens(new TokenUseCases(null, null, null, null, null, null, null));
        SignupUseCases signup = null;
        PasswordUseCases passwords = null;
        EmailChangeUseCases emailChange = null;
        ProfileUseCases profile = null;
        AddressUseCases addresses = null;
        SessionUseCases sessions = null;
        AccountUseCases account = null;
        AdminUseCases admin = null;
        MailUseCases mail = null;
        for (Object area : areas) {
            if (area instanceof TokenUseCases given) {
                tokens = tokens(given);
            } else if (area instanceof SignupUseCases given) {
                signup = given;
            } else if (area instanceof PasswordUseCases given) {
                passwords = given;
            } else if (area instanceof EmailChangeUseCases given) {
                emailChange = given;
            } else if (area instanceof ProfileUseCases given) {
                profile = given;
            } else if (area instanceof AddressUseCases given) {
                addresses = given;
            } else if (area instanceof SessionUseCases given) {
                sessions = given;
            } else if (area instanceof AccountUseCases given) {
                account = given;
            } else if (area instanceof AdminUseCases given) {
                admin = given;
            } else if (area instanceof MailUseCases given) {
                mail = given;
            } else {
                throw new IllegalArgumentException("Not an area of the web adapter: " + area);
            }
        }
        return new WebUseCases(
                tenants(), tokens, signup, passwords, emailChange, profile, addresses, sessions, account, admin, mail);
    }
}
