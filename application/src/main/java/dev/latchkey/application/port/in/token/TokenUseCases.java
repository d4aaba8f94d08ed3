package dev.latchkey.application.port.in.token;

/** The use cases of the token area: anonymous, service and customer tokens, and what a token grants. */
public record TokenUseCases(
        AuthenticateUseCase authenticate,
        IssueAnonymousTokenUseCase issueAnonymousToken,
        IssueServiceTokenUseCase issueServiceToken,
        LoginUseCase login,
        RefreshTokensUseCase refreshTokens,
        LogoutUseCase logout,
        GetPublicKeysUseCase publicKeys) {}
