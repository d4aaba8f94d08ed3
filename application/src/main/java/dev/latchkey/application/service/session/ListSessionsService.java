package dev.latchkey.application.service.session;

import dev.latchkey.application.port.in.session.ListSessionsUseCase;
import dev.latchkey.application.port.in.session.SessionSummary;
import dev.latchkey.application.port.out.LoginSessionRepository;
import dev.latchkey.application.port.out.TenantRepository;
import java.time.Clock;
import java.util.List;

/** Lists a customer's live login sessions, marking the caller's own. */
public final class ListSessionsService implements ListSessionsUseCase {

    private final TenantRepository tenants;
    private final LoginSessionRepository sessions;
    private final Clock clock;

    public ListSessionsService(TenantRepository tenants, LoginSessionRepository sessions, Clock clock) {
        this.tenants = tenants;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public List<SessionSummary> list(Command command) {
        return tenants.find(command.tenant())
                .map(tenant -> SessionSummaries.live(
                        tenant, sessions.liveSessionsOf(command.customer()), command.currentSession(), clock.instant()))
                .orElse(List.of());
    }
}
