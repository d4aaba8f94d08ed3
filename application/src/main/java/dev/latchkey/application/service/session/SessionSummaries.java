package dev.latchkey.application.service.session;

import dev.latchkey.application.port.in.session.SessionSummary;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.tenant.TenantSettings;
import dev.latchkey.domain.token.LoginSession;
import dev.latchkey.domain.token.SessionId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Turns a customer's unrevoked sessions into what the customer sees. A session nobody used for
 * longer than a refresh token lives can no longer be used, so it is left out, although it was
 * never revoked.
 */
public final class SessionSummaries {

    private SessionSummaries() {}

    public static List<SessionSummary> live(
            Tenant tenant, List<LoginSession> unrevoked, SessionId current, Instant now) {
        Duration usableFor = usableFor(tenant.settings());
        return unrevoked.stream()
                .filter(session -> session.tenant().equals(tenant.name()) && !session.isRevoked())
                .filter(session -> now.isBefore(session.lastUsedAt().plus(usableFor)))
                .map(session -> new SessionSummary(
                        session.id(),
                        session.createdAt(),
                        session.lastUsedAt(),
                        session.userAgent(),
                        session.ip(),
                        session.id().equals(current)))
                .toList();
    }

    private static Duration usableFor(TenantSettings settings) {
        Duration refresh = settings.refreshTokenLifetime();
        Duration access = settings.accessTokenLifetime();
        return refresh.compareTo(access) >= 0 ? refresh : access;
    }
}
