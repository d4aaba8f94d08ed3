package dev.latchkey.application.port.in.signup;

import dev.latchkey.application.port.in.RequestOrigin;
import dev.latchkey.application.port.in.token.CustomerTokens;
import dev.latchkey.domain.tenant.ClientId;
import dev.latchkey.domain.tenant.TenantName;
import dev.latchkey.domain.token.LinkToken;

/** Activates a pending account with the token from its activation mail, and logs the customer in. */
public interface ConfirmSignupUseCase {

    Result confirm(Command command);

    record Command(TenantName tenant, LinkToken token, ClientId client, RequestOrigin origin) {

        @Override
        public String toString() {
            return "Command[tenant=" + tenant + ", client=" + client + "]";
        }
    }

    sealed interface Result {}

    record Confirmed(CustomerTokens tokens) implements Result {}

    /** Unknown, already used, voided by a newer token, or of another tenant. */
    record TokenInvalid() implements Result {}

    record TokenExpired() implements Result {}
}
