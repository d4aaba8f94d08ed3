package dev.latchkey.application.port.in.token;

import dev.latchkey.application.port.in.RequestOrigin;
import dev.latchkey.domain.tenant.TenantName;

/**
 * Swaps a refresh token for a new access and refresh token. A refresh token presented again after its
 * rotation ends its whole session, unless it comes within the tenant's refresh reuse window (a retried
 * request, a second tab): then it gets another new pair for the same session.
 */
public interface RefreshTokensUseCase {

    Result refresh(Command command);

    record Command(TenantName tenant, String refreshToken, RequestOrigin origin) {

        @Override
        public String toString() {
            return "Command[tenant=" + tenant + "]";
        }
    }

    sealed interface Result {}

    /** The token was rotated: {@code tokens} replace it. */
    record Refreshed(CustomerTokens tokens) implements Result {}

    /** The token had been rotated within the reuse window: {@code tokens} are another new pair of its session. */
    record Repeated(CustomerTokens tokens) implements Result {}

    /** The token had been rotated before the reuse window: its session is ended, as it may have been stolen. */
    record ReuseDetected() implements Result {}

    /** Unknown, expired, or of a session that ended. */
    record Rejected() implements Result {}
}
