package dev.latchkey.application.port.in.email;

import dev.latchkey.application.port.in.RequestOrigin;
import dev.latchkey.domain.tenant.TenantName;
import dev.latchkey.domain.token.LinkToken;

/**
 * Restores the previous login email with the token mailed to it after a change, and ends every
 * session of the customer: the way back for an owner whose account was taken over.
 */
public interface UndoEmailChangeUseCase {

    Result undo(Command command);

    record Command(TenantName tenant, LinkToken token, RequestOrigin origin) {

        @Override
        public String toString() {
            return "Command[tenant=" + tenant + "]";
        }
    }

    sealed interface Result {}

    record Undone() implements Result {}

    /** Unknown, already used, voided by an undo of the same account, or of another tenant. */
    record TokenInvalid() implements Result {}

    record TokenExpired() implements Result {}

    /** Another account took the previous address in the meantime; nothing changed and the token stays unspent. */
    record EmailTaken() implements Result {}
}
