package dev.latchkey.adapter.web;

import dev.latchkey.application.port.in.account.DeleteAccountUseCase;
import dev.latchkey.application.port.in.account.ExportAccountUseCase;
import dev.latchkey.application.port.in.account.ListSecurityEventsUseCase;
import dev.latchkey.application.port.in.account.RequestAccountDeletionUseCase;
import dev.latchkey.application.port.in.email.ConfirmEmailChangeUseCase;
import dev.latchkey.application.port.in.email.RequestEmailChangeUseCase;
import dev.latchkey.application.port.in.email.UndoEmailChangeUseCase;
import dev.latchkey.application.port.in.mail.ReadMailboxUseCase;
import dev.latchkey.application.port.in.session.EndOtherSessionsUseCase;
import dev.latchkey.application.port.in.session.EndSessionUseCase;
import dev.latchkey.application.port.in.session.ListSessionsUseCase;
import dev.latchkey.application.port.in.signup.ConfirmSignupUseCase;
import dev.latchkey.application.port.in.signup.ResendActivationUseCase;
import dev.latchkey.application.port.in.signup.SignUpUseCase;
import dev.latchkey.application.port.in.tenant.FindTenantUseCase;
import dev.latchkey.application.port.in.token.AuthenticateUseCase;
import dev.latchkey.application.port.in.token.GetPublicKeysUseCase;
import dev.latchkey.application.port.in.token.IssueAnonymousTokenUseCase;
import dev.latchkey.application.port.in.token.IssueServiceTokenUseCase;
import dev.latchkey.application.port.in.token.LoginUseCase;
import dev.latchkey.application.port.in.token.LogoutUseCase;
import dev.latchkey.application.port.in.token.RefreshTokensUseCase;

/** Every use case the web adapter drives. */
public record WebUseCases(
        FindTenantUseCase findTenant,
        AuthenticateUseCase authenticate,
        IssueAnonymousTokenUseCase issueAnonymousToken,
        IssueServiceTokenUseCase issueServiceToken,
        LoginUseCase login,
        RefreshTokensUseCase refreshTokens,
        LogoutUseCase logout,
        GetPublicKeysUseCase publicKeys,
        SignUpUseCase signUp,
        ConfirmSignupUseCase confirmSignup,
        ResendActivationUseCase resendActivation,
        ReadMailboxUseCase mailbox,
        RequestEmailChangeUseCase requestEmailChange,
        ConfirmEmailChangeUseCase confirmEmailChange,
        UndoEmailChangeUseCase undoEmailChange,
        RequestAccountDeletionUseCase requestAccountDeletion,
        DeleteAccountUseCase deleteAccount,
        ListSessionsUseCase listSessions,
        EndSessionUseCase endSession,
        EndOtherSessionsUseCase endOtherSessions,
        ListSecurityEventsUseCase listSecurityEvents,
        ExportAccountUseCase exportAccount) {
}
