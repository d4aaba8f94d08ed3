package dev.latchkey.application.port.in.session;

import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.tenant.TenantName;
import dev.latchkey.domain.token.SessionId;
import java.util.List;

/** Lists a customer's live login sessions, newest first. */
public interface ListSessionsUseCase {

    List<SessionSummary> list(Command command);

    record Command(TenantName tenant, CustomerId customer, SessionId currentSession) {}
}
