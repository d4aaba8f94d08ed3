package dev.latchkey.application.port.in.signup;

import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.tenant.TenantName;

/** Sends a pending account a new activation mail, voiding the older links; does nothing visible otherwise. */
public interface ResendActivationUseCase {

    void resend(Command command);

    record Command(TenantName tenant, EmailAddress email) {}
}
