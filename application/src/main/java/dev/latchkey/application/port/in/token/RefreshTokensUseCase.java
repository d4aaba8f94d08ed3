package dev.latchkey.application.port.in.token;

import dev.latchkey.application.port.in.RequestOrigin;
import dev.latchkey.domain.tenant.TenantName;

/** Swaps a refresh token for a new access and refresh token; a reused refresh token ends its whole session. */
public interface RefreshTokensUseCase {

    Result refresh(Command command);

    record Command(TenantName tenant, String refreshToken, RequestOrigin origin) {

        @Override
        public String toString() {
            return "Command[tenant=" + tenant + "]";
        }
    }

    sealed interface Result {
    }

    record Refreshed(CustomerTokens tokens) implements Result {
    }

    /** Unknown, expired, already rotated, or of a session that ended. */
    record Rejected() implements Result {
    }
}
