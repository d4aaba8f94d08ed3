package dev.latchkey.application.port.in.password;

import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.profile.CustomerType;
import dev.latchkey.domain.tenant.TenantName;
import java.util.Optional;

/** A shop's backend asks for a password-reset mail to go to one of its customers; the answer never tells whether it went. */
public interface TriggerPasswordResetUseCase {

    void trigger(Command command);

    /** The kind of login the mail is for; every account is of type {@link #CUSTOMER} today. */
    /**
     * @param type     only a customer of this type gets the mail
     * @param audience accepted for compatibility with the reference API; it selects nothing
     */
    record Command(TenantName tenant, EmailAddress email, CustomerType type, Optional<String> audience) {}
}
