package dev.latchkey.application.port.in.email;

import dev.latchkey.application.port.in.RequestOrigin;
import dev.latchkey.domain.tenant.TenantName;
import dev.latchkey.domain.token.LinkToken;

/**
 * Makes the new address the login email with the token mailed to it, and mails the previous
 * address a link that undoes the change.
 */
public interface ConfirmEmailChangeUseCase {

    Result confirm(Command command);

    record Command(TenantName tenant, LinkToken token, RequestOrigin origin) {

        @Override
        public String toString() {
            return "Command[tenant=" + tenant + "]";
        }
    }

    sealed interface Result {}

    record Changed() implements Result {}

    /** Unknown, already used, voided by a newer request, or of another tenant. */
    record TokenInvalid() implements Result {}

    record TokenExpired() implements Result {}

    /** Another account took the new address since the change was asked for; nothing changed and the token stays unspent. */
    record EmailTaken() implements Result {}
}
