package dev.latchkey.application.port.in.password;

import dev.latchkey.domain.credential.Password;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.policy.PasswordRule;
import dev.latchkey.domain.tenant.TenantName;
import java.util.List;

/** A shop's backend sets a customer's password: every session of the customer ends and the customer gets a notice. */
public interface SetPasswordUseCase {

    Result set(Command command);

    record Command(TenantName tenant, CustomerId customer, Password password) {}

    sealed interface Result {}

    record PasswordSet() implements Result {}

    /** No customer with that id in this tenant. */
    record CustomerNotFound() implements Result {}

    record PasswordRejected(List<PasswordRule> failedRules) implements Result {}
}
