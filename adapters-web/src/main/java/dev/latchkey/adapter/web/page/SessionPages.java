package dev.latchkey.adapter.web.page;

import dev.latchkey.adapter.web.auth.Origins;
import dev.latchkey.adapter.web.outcome.Outcomes;
import dev.latchkey.application.port.in.session.EndOtherSessionsUseCase;
import dev.latchkey.application.port.in.session.EndSessionUseCase;
import dev.latchkey.application.port.in.session.SessionUseCases;
import dev.latchkey.domain.token.SessionId;
import io.javalin.http.Context;

/** The signed-in devices of the account page: end one, or all but this one. */
public final class SessionPages {

    private final PageGuard guard;
    private final SessionUseCases sessions;

    SessionPages(PageGuard guard, SessionUseCases sessions) {
        this.guard = guard;
        this.sessions = sessions;
    }

    public void endSession(Context ctx) {
        guard.withCustomerForm(ctx, (tenant, customer) -> {
            String id = ctx.pathParam("id");
            if (!SessionId.isValid(id)) {
                guard.notFound(ctx);
                return;
            }
            var result = sessions.end()
                    .end(new EndSessionUseCase.Command(
                            tenant.name(), customer.id(), new SessionId(id), Origins.of(ctx)));
            Outcomes.of(EndSessionUseCase.Result.class, result)
                    .on(EndSessionUseCase.Ended.class, ended -> ProfileView.done(ctx, tenant, "session", "sessions"))
                    .on(EndSessionUseCase.UnknownSession.class, unknown -> guard.notFound(ctx))
                    .answer();
        });
    }

    public void endOtherSessions(Context ctx) {
        guard.withCustomerForm(ctx, (tenant, customer) -> {
            sessions.endOthers()
                    .endOthers(new EndOtherSessionsUseCase.Command(
                            tenant.name(), customer.id(), customer.grant().session(), Origins.of(ctx)));
            ProfileView.done(ctx, tenant, "sessions", "sessions");
        });
    }
}
