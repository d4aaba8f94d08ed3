package dev.latchkey.application.service.token;

import dev.latchkey.application.port.in.RequestOrigin;
import dev.latchkey.application.port.out.CustomerRepository;
import dev.latchkey.application.port.out.DeferredRequest;
import dev.latchkey.application.port.out.SecurityEventLog;
import dev.latchkey.application.service.DeferredRequestHandler;
import dev.latchkey.domain.customer.SecurityEvent;
import dev.latchkey.domain.customer.SecurityEventType;

/**
 * Records the security event of a failed or throttled login after its answer, for the account of the
 * email if there is one: the login answered alike for a known and an unknown email, having done the
 * same work for both.
 */
public final class LoginEventRecorder implements DeferredRequestHandler {

    private final DeferredRequest.Kind kind;
    private final SecurityEventType type;
    private final CustomerRepository customers;
    private final SecurityEventLog events;

    private LoginEventRecorder(
            DeferredRequest.Kind kind, SecurityEventType type, CustomerRepository customers, SecurityEventLog events) {
        this.kind = kind;
        this.type = type;
        this.customers = customers;
        this.events = events;
    }

    /** {@code LOGIN_FAILED} for a wrong password. */
    public static LoginEventRecorder failedLogins(CustomerRepository customers, SecurityEventLog events) {
        return new LoginEventRecorder(
                DeferredRequest.Kind.FAILED_LOGIN, SecurityEventType.LOGIN_FAILED, customers, events);
    }

    /** {@code LOGIN_THROTTLED} for a login refused without a look at the password. */
    public static LoginEventRecorder throttledLogins(CustomerRepository customers, SecurityEventLog events) {
        return new LoginEventRecorder(
                DeferredRequest.Kind.THROTTLED_LOGIN, SecurityEventType.LOGIN_THROTTLED, customers, events);
    }

    @Override
    public DeferredRequest.Kind kind() {
        return kind;
    }

    /** The event keeps the time and the origin of the login, not of this later moment. */
    @Override
    public void actOn(DeferredRequest request) {
        RequestOrigin origin = request.origin().orElseThrow();
        customers
                .findByEmail(request.tenant(), request.email())
                .ifPresent(customer -> events.record(SecurityEvent.of(
                        request.tenant(),
                        customer.id(),
                        type,
                        request.requestedAt(),
                        origin.ip(),
                        origin.userAgent())));
    }
}
