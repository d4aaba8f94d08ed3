package dev.latchkey.application.service.account;

import dev.latchkey.application.port.in.account.ListSecurityEventsUseCase;
import dev.latchkey.application.port.out.SecurityEventLog;
import dev.latchkey.domain.customer.SecurityEvent;
import java.util.List;

/** Reads a customer's kept security events, newest first. */
public final class ListSecurityEventsService implements ListSecurityEventsUseCase {

    private final SecurityEventLog events;

    public ListSecurityEventsService(SecurityEventLog events) {
        this.events = events;
    }

    @Override
    public List<SecurityEvent> list(Command command) {
        return events.newestOf(command.tenant(), command.customer());
    }
}
