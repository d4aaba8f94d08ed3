package dev.latchkey.adapter.web.api.token;

import dev.latchkey.adapter.web.api.token.TokenResponses.AnonymousTokenJson;
import dev.latchkey.adapter.web.error.ApiException;
import dev.latchkey.adapter.web.error.ErrorCode;
import dev.latchkey.adapter.web.json.Fields;
import dev.latchkey.adapter.web.outcome.Outcomes;
import dev.latchkey.application.port.in.token.IssueAnonymousTokenUseCase;
import dev.latchkey.application.port.in.token.IssueAnonymousTokenUseCase.Issued;
import dev.latchkey.application.port.in.token.IssueAnonymousTokenUseCase.UnknownClient;
import dev.latchkey.application.port.in.token.IssueAnonymousTokenUseCase.UnknownTenant;
import dev.latchkey.application.port.in.token.TokenUseCases;
import dev.latchkey.domain.tenant.ClientId;
import dev.latchkey.domain.tenant.TenantName;
import io.javalin.http.Context;

/** {@code GET /customerlogin/auth/anonymous/login}: a token for a storefront visitor. */
public final class AnonymousLoginApi {

    private final TokenUseCases tokens;

    public AnonymousLoginApi(TokenUseCases tokens) {
        this.tokens = tokens;
    }

    public void login(Context ctx) {
        String tenant = Fields.queryParameter(ctx, "tenant");
        String client = Fields.queryParameter(ctx, "client_id");
        if (!TenantName.isValid(tenant)) {
            throw new ApiException(ErrorCode.LK300);
        }
        if (!ClientId.isValid(client)) {
            throw new ApiException(ErrorCode.LK220);
        }
        var result = tokens.issueAnonymousToken()
                .issue(new IssueAnonymousTokenUseCase.Command(new TenantName(tenant), new ClientId(client)));
        Outcomes.of(IssueAnonymousTokenUseCase.Result.class, result)
                .on(
                        Issued.class,
                        issued -> ctx.json(new AnonymousTokenJson(
                                issued.accessToken(),
                                "Bearer",
                                issued.expiresIn(),
                                issued.session().value())))
                .on(UnknownTenant.class, ApiException.refusing(ErrorCode.LK300))
                .on(UnknownClient.class, ApiException.refusing(ErrorCode.LK220))
                .answer();
    }
}
