package dev.latchkey.application.port.in.session;

import dev.latchkey.application.port.in.RequestOrigin;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.tenant.TenantName;
import dev.latchkey.domain.token.SessionId;

/** Ends one live login session of a customer (the current one too): its access and refresh tokens stop working. */
public interface EndSessionUseCase {

    Result end(Command command);

    record Command(TenantName tenant, CustomerId customer, SessionId session, RequestOrigin origin) {}

    sealed interface Result {}

    record Ended() implements Result {}

    /** No live session of this customer has that id: unknown, already ended, or another customer's. */
    record UnknownSession() implements Result {}
}
