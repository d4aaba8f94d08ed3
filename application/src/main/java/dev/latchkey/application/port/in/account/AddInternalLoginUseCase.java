package dev.latchkey.application.port.in.account;

import dev.latchkey.domain.credential.Password;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.policy.PasswordRule;
import dev.latchkey.domain.tenant.TenantName;
import java.util.List;

/** Adds an email+password login to a customer that signs in another way and has none yet. */
public interface AddInternalLoginUseCase {

    Result add(Command command);

    record Command(TenantName tenant, CustomerId customer, EmailAddress email, Password password) {}

    sealed interface Result {}

    record Added() implements Result {}

    record AlreadyHasLogin() implements Result {}

    /** Another account of the tenant signs in with that email. */
    record EmailTaken() implements Result {}

    record PasswordRejected(List<PasswordRule> failedRules) implements Result {}
}
