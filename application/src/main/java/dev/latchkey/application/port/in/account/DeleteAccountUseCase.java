package dev.latchkey.application.port.in.account;

import dev.latchkey.application.port.in.RequestOrigin;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.tenant.TenantName;
import dev.latchkey.domain.token.LinkToken;

/** Erases a customer and everything held about it, with the token of its deletion mail. */
public interface DeleteAccountUseCase {

    Result delete(Command command);

    /** @param customer the logged-in customer; the token must be one mailed to this customer */
    record Command(TenantName tenant, CustomerId customer, LinkToken token, RequestOrigin origin) {

        @Override
        public String toString() {
            return "Command[tenant=" + tenant + ", customer=" + customer + "]";
        }
    }

    sealed interface Result {}

    record Deleted() implements Result {}

    /** Unknown, already used, voided by a newer mail, of another customer or of another tenant. */
    record TokenInvalid() implements Result {}

    record TokenExpired() implements Result {}
}
