package dev.latchkey.application.port.in.account;

import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.tenant.TenantName;
import dev.latchkey.domain.token.SessionId;

/** Gathers everything held about a logged-in customer into one document. */
public interface ExportAccountUseCase {

    Result export(Command command);

    /** @param currentSession the caller's session, marked as current among the sessions */
    record Command(TenantName tenant, CustomerId customer, SessionId currentSession) {}

    sealed interface Result {}

    record Exported(AccountExport export) implements Result {}

    record UnknownCustomer() implements Result {}
}
