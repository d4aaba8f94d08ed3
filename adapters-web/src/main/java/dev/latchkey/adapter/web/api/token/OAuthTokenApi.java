package dev.latchkey.adapter.web.api.token;

import dev.latchkey.adapter.web.api.token.TokenResponses.ServiceTokenJson;
import dev.latchkey.adapter.web.error.ApiError;
import dev.latchkey.adapter.web.error.ApiException;
import dev.latchkey.adapter.web.error.ErrorCode;
import dev.latchkey.application.port.in.token.IssueServiceTokenUseCase;
import dev.latchkey.application.port.in.token.IssueServiceTokenUseCase.InvalidClient;
import dev.latchkey.application.port.in.token.IssueServiceTokenUseCase.InvalidScope;
import dev.latchkey.application.port.in.token.IssueServiceTokenUseCase.Issued;
import dev.latchkey.domain.tenant.ClientId;
import io.javalin.http.Context;
import io.javalin.security.BasicAuthCredentials;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code POST /oauth/token}: the OAuth client-credentials grant for a shop's backend. */
public final class OAuthTokenApi {

    private static final int MAX_SECRET_LENGTH = 512;

    private final IssueServiceTokenUseCase issueServiceToken;

    public OAuthTokenApi(IssueServiceTokenUseCase issueServiceToken) {
        this.issueServiceToken = issueServiceToken;
    }

    public void token(Context ctx) {
        if (!"client_credentials".equals(ctx.formParam("grant_type"))) {
            throw new ApiException(ErrorCode.LK222);
        }
        String[] credentials = clientCredentials(ctx);
        if (!ClientId.isValid(credentials[0]) || credentials[1].length() > MAX_SECRET_LENGTH) {
            throw invalidClient();
        }
        var command = new IssueServiceTokenUseCase.Command(new ClientId(credentials[0]), credentials[1], requestedScopes(ctx));
        var result = issueServiceToken.issue(command);
        if (result instanceof Issued issued) {
            String scope = issued.scopes().stream().sorted().collect(Collectors.joining(" "));
            ctx.json(new ServiceTokenJson(issued.accessToken(), "Bearer", issued.expiresIn(), scope));
        } else if (result instanceof InvalidClient) {
            throw invalidClient();
        } else if (result instanceof InvalidScope invalid) {
            throw new ApiException(ErrorCode.LK221, invalid.notHeld().stream().sorted()
                    .map(scope -> new ApiError.Detail("scope", "not_held", scope)).toList());
        }
    }

    private static String[] clientCredentials(Context ctx) {
        String formId = ctx.formParam("client_id");
        String formSecret = ctx.formParam("client_secret");
        String authorization = ctx.header("Authorization");
        boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        if (basic && (formId != null || formSecret != null)) {
            throw new ApiException(ErrorCode.ER803);
        }
        if (basic) {
            BasicAuthCredentials credentials = basicCredentials(ctx);
            return new String[] {credentials.getUsername(), credentials.getPassword()};
        }
        if (formId == null || formSecret == null) {
            throw invalidClient();
        }
        return new String[] {formId, formSecret};
    }

    private static BasicAuthCredentials basicCredentials(Context ctx) {
        try {
            BasicAuthCredentials credentials = ctx.basicAuthCredentials();
            if (credentials == null) {
                throw invalidClient();
            }
            return credentials;
        } catch (IllegalArgumentException e) {
            throw invalidClient();
        }
    }

    private static Optional<Set<String>> requestedScopes(Context ctx) {
        String scope = ctx.formParam("scope");
        if (scope == null || scope.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(scope.trim().split("\\s+")).collect(Collectors.toUnmodifiableSet()));
    }

    private static ApiException invalidClient() {
        return new ApiException(ApiError.of(ErrorCode.LK220, java.util.List.of()), Map.of("WWW-Authenticate", "Basic realm=\"latchkey\""));
    }
}
