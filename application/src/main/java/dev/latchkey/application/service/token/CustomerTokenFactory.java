package dev.latchkey.application.service.token;

import dev.latchkey.application.port.in.RequestOrigin;
import dev.latchkey.application.port.in.token.CustomerTokens;
import dev.latchkey.application.port.out.AccessGrantRepository;
import dev.latchkey.application.port.out.LoginSessionRepository;
import dev.latchkey.application.port.out.SaasTokenSigner;
import dev.latchkey.application.port.out.SecretGenerator;
import dev.latchkey.application.port.out.SigningKeyRepository;
import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.tenant.ClientId;
import dev.latchkey.domain.tenant.SigningKey;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.tenant.TenantSettings;
import dev.latchkey.domain.token.AccessGrant;
import dev.latchkey.domain.token.LoginSession;
import dev.latchkey.domain.token.RefreshToken;
import dev.latchkey.domain.token.SessionId;
import dev.latchkey.domain.token.TokenKind;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Issues a customer's access, refresh and signed saas tokens; called inside the caller's
 * transaction so that the session and its tokens are stored together.
 */
public final class CustomerTokenFactory {

    private final SecretGenerator secrets;
    private final AccessGrantRepository grants;
    private final LoginSessionRepository sessions;
    private final SigningKeyRepository signingKeys;
    private final SaasTokenSigner signer;

    public CustomerTokenFactory(
            SecretGenerator secrets,
            AccessGrantRepository grants,
            LoginSessionRepository sessions,
            SigningKeyRepository signingKeys,
            SaasTokenSigner signer) {
        this.secrets = secrets;
        this.grants = grants;
        this.sessions = sessions;
        this.signingKeys = signingKeys;
        this.signer = signer;
    }

    /** Opens a new login session for the customer and issues its first tokens. */
    public CustomerTokens startSession(
            Tenant tenant, Customer customer, ClientId client, RequestOrigin origin, Instant now) {
        SessionId session = new SessionId(secrets.newId());
        sessions.add(new LoginSession(
                session,
                tenant.name(),
                customer.id(),
                client,
                now,
                now,
                origin.userAgent(),
                origin.ip(),
                Optional.empty()));
        return issue(tenant, customer, client, session, now);
    }

    /** Issues fresh tokens within an existing login session. */
    public CustomerTokens issue(Tenant tenant, Customer customer, ClientId client, SessionId session, Instant now) {
        TenantSettings settings = tenant.settings();
        String accessToken = secrets.newToken();
        Instant accessExpiry = now.plus(settings.accessTokenLifetime());
        grants.add(new AccessGrant(
                TokenHash.of(accessToken),
                TokenKind.CUSTOMER,
                tenant.name(),
                client,
                session,
                Optional.of(customer.id()),
                Set.of(),
                now,
                accessExpiry));

        String refreshToken = secrets.newToken();
        Instant refreshExpiry = now.plus(settings.refreshTokenLifetime());
        sessions.addRefreshToken(
                new RefreshToken(TokenHash.of(refreshToken), session, now, refreshExpiry, Optional.empty()));

        SigningKey key = signingKeys.forTenant(tenant.name()).stream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Tenant " + tenant.name() + " has no signing key"));
        String saasToken = signer.sign(key, customer.number(), now, accessExpiry);

        return new CustomerTokens(
                accessToken,
                saasToken,
                settings.accessTokenLifetime().toSeconds(),
                refreshToken,
                settings.refreshTokenLifetime().toSeconds(),
                session,
                customer.preferredLanguage());
    }
}
