package dev.latchkey.adapter.web.api.token;

import dev.latchkey.adapter.web.api.token.TokenResponses.ServiceTokenJson;
import dev.latchkey.adapter.web.error.ApiError;
import dev.latchkey.adapter.web.error.ApiException;
import dev.latchkey.adapter.web.error.ErrorCode;
import dev.latchkey.adapter.web.outcome.Outcomes;
import dev.latchkey.application.port.in.token.IssueServiceTokenUseCase;
import dev.latchkey.application.port.in.token.IssueServiceTokenUseCase.InvalidClient;
import dev.latchkey.application.port.in.token.IssueServiceTokenUseCase.InvalidScope;
import dev.latchkey.application.port.in.token.IssueServiceTokenUseCase.Issued;
import dev.latchkey.application.port.in.token.TokenUseCases;
import dev.latchkey.domain.tenant.ClientId;
import io.javalin.http.Context;
import io.javalin.security.BasicAuthCredentials;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code POST /oauth/token}: the OAuth client-credentials grant for a shop's backend. */
public final class OAuthTokenApi {

    private static final int MAX_SECRET_LENGTH = 512;

    private final TokenUseCases tokens;

    public OAuthTokenApi(TokenUseCases tokens) {
        this.tokens = tokens;
    }

    public void token(Context ctx) {
        Map<String, List<String>> form = form(ctx);
        if (!"client_credentials".equals(field(form, "grant_type"))) {
            throw new ApiException(ErrorCode.LK222);
        }
        String[] credentials = clientCredentials(ctx, form);
        if (!ClientId.isValid(credentials[0]) || credentials[1].length() > MAX_SECRET_LENGTH) {
            throw invalidClient();
        }
        var command = new IssueServiceTokenUseCase.Command(
                new ClientId(credentials[0]), credentials[1], requestedScopes(form));
        Outcomes.of(
                        IssueServiceTokenUseCase.Result.class,
                        tokens.issueServiceToken().issue(command))
                .on(Issued.class, issued -> {
                    String scope = issued.scopes().stream().sorted().collect(Collectors.joining(" "));
                    ctx.json(new ServiceTokenJson(issued.accessToken(), "Bearer", issued.expiresIn(), scope));
                })
                .on(InvalidClient.class, invalid -> {
                    throw invalidClient();
                })
                .on(InvalidScope.class, invalid -> {
                    throw new ApiException(
                            ErrorCode.LK221,
                            invalid.notHeld().stream()
                                    .sorted()
                                    .map(scope -> new ApiError.Detail("scope", "not_held", scope))
                                    .toList());
                })
                .answer();
    }

    /** The form fields; a body that cannot be read as a form (a broken multipart body, an unknown charset) is the client's fault. */
    private static Map<String, List<String>> form(Context ctx) {
        try {
            return ctx.formParamMap();
        } catch (Exception e) {
            throw new ApiException(ErrorCode.LK105);
        }
    }

    private static String field(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static String[] clientCredentials(Context ctx, Map<String, List<String>> form) {
        String formId = field(form, "client_id");
        String formSecret = field(form, "client_secret");
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

    private static Optional<Set<String>> requestedScopes(Map<String, List<String>> form) {
        String scope = field(form, "scope");
        if (scope == null || scope.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(scope.trim().split("\\s+")).collect(Collectors.toUnmodifiableSet()));
    }

    private static ApiException invalidClient() {
        return new ApiException(
                ApiError.of(ErrorCode.LK220, List.of()), Map.of("WWW-Authenticate", "Basic realm=\"latchkey\""));
    }
}
