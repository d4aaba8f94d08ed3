package dev.latchkey.application.port.in.session;

import dev.latchkey.application.port.in.RequestOrigin;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.tenant.TenantName;
import dev.latchkey.domain.token.SessionId;

/** "Sign out everywhere": ends every login session of a customer but the current one. */
public interface EndOtherSessionsUseCase {

    void endOthers(Command command);

    record Command(TenantName tenant, CustomerId customer, SessionId currentSession, RequestOrigin origin) {}
}
