package dev.latchkey.application.port.out;

import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.customer.SecurityEvent;
import dev.latchkey.domain.tenant.TenantName;
import java.util.List;

/**
 * Keeps customers' recent security events (logins, failed logins, email changes, ended sessions...)
 * so a customer can see what happened to the account; at most {@link #KEPT_PER_CUSTOMER} per
 * customer, older ones are dropped as new ones come. Erasing a customer erases its events.
 */
public interface SecurityEventLog {

    int KEPT_PER_CUSTOMER = 100;

    void record(SecurityEvent event);

    /** The customer's kept events, newest first. */
    List<SecurityEvent> newestOf(TenantName tenant, CustomerId customer);
}
