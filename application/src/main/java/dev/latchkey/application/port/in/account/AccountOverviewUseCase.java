package dev.latchkey.application.port.in.account;

import dev.latchkey.application.port.in.profile.CustomerProfile;
import dev.latchkey.application.port.in.session.SessionSummary;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.customer.SecurityEvent;
import dev.latchkey.domain.tenant.TenantName;
import dev.latchkey.domain.token.SessionId;
import java.util.List;

/** Everything the customer's account page shows at once: the profile with its addresses, the sessions and the events. */
public interface AccountOverviewUseCase {

    Result overview(Command command);

    /** @param currentSession the session asking, marked as the current one */
    record Command(TenantName tenant, CustomerId customer, SessionId currentSession) {}

    sealed interface Result {}

    /** @param events the recent security events, newest first */
    record Overview(CustomerProfile profile, List<SessionSummary> sessions, List<SecurityEvent> events)
            implements Result {}

    /** The customer was deleted while its session lived. */
    record UnknownCustomer() implements Result {}
}
