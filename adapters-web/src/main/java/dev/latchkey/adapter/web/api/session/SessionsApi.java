package dev.latchkey.adapter.web.api.session;

import dev.latchkey.adapter.web.auth.BearerAuth;
import dev.latchkey.adapter.web.auth.Origins;
import dev.latchkey.adapter.web.auth.Tenants;
import dev.latchkey.adapter.web.error.ApiException;
import dev.latchkey.adapter.web.error.ErrorCode;
import dev.latchkey.adapter.web.outcome.Outcomes;
import dev.latchkey.application.port.in.session.EndOtherSessionsUseCase;
import dev.latchkey.application.port.in.session.EndSessionUseCase;
import dev.latchkey.application.port.in.session.ListSessionsUseCase;
import dev.latchkey.application.port.in.session.SessionSummary;
import dev.latchkey.application.port.in.session.SessionUseCases;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.token.AccessGrant;
import dev.latchkey.domain.token.SessionId;
import dev.latchkey.domain.token.TokenKind;
import io.javalin.http.Context;
import java.util.List;

/** A customer's login sessions: {@code GET /customer/{tenant}/me/sessions}, {@code DELETE /me/sessions}, {@code DELETE /me/sessions/{id}}. */
public final class SessionsApi {

    private final Tenants tenants;
    private final BearerAuth auth;
    private final SessionUseCases sessions;

    public SessionsApi(Tenants tenants, BearerAuth auth, SessionUseCases sessions) {
        this.tenants = tenants;
        this.auth = auth;
        this.sessions = sessions;
    }

    /** One session in the JSON answer; times in ISO-8601 UTC. */
    public record SessionJson(
            String id, String createdAt, String lastUsedAt, String userAgent, String ip, boolean current) {

        public static SessionJson of(SessionSummary session) {
            return new SessionJson(
                    session.id().value(),
                    session.createdAt().toString(),
                    session.lastUsedAt().toString(),
                    session.userAgent(),
                    session.ip(),
                    session.current());
        }
    }

    public void list(Context ctx) {
        Tenant tenant = tenants.require(ctx.pathParam("tenant"));
        AccessGrant grant = auth.require(ctx, tenant.name(), TokenKind.CUSTOMER);
        List<SessionSummary> found = sessions.list()
                .list(new ListSessionsUseCase.Command(
                        tenant.name(), grant.customer().orElseThrow(), grant.session()));
        ctx.json(found.stream().map(SessionJson::of).toList());
    }

    /** An id that cannot be a session id is answered like an unknown one. */
    public void end(Context ctx) {
        Tenant tenant = tenants.require(ctx.pathParam("tenant"));
        AccessGrant grant = auth.require(ctx, tenant.name(), TokenKind.CUSTOMER);
        String id = ctx.pathParam("id");
        if (!SessionId.isValid(id)) {
            throw new ApiException(ErrorCode.LK242);
        }
        var result = sessions.end()
                .end(new EndSessionUseCase.Command(
                        tenant.name(), grant.customer().orElseThrow(), new SessionId(id), Origins.of(ctx)));
        Outcomes.of(EndSessionUseCase.Result.class, result)
                .on(EndSessionUseCase.Ended.class, ended -> ctx.status(204))
                .on(EndSessionUseCase.UnknownSession.class, ApiException.refusing(ErrorCode.LK242))
                .answer();
    }

    public void endOthers(Context ctx) {
        Tenant tenant = tenants.require(ctx.pathParam("tenant"));
        AccessGrant grant = auth.require(ctx, tenant.name(), TokenKind.CUSTOMER);
        sessions.endOthers()
                .endOthers(new EndOtherSessionsUseCase.Command(
                        tenant.name(), grant.customer().orElseThrow(), grant.session(), Origins.of(ctx)));
        ctx.status(204);
    }
}
