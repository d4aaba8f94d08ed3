package dev.latchkey.adapter.web;

import dev.latchkey.application.port.in.admin.BlockCustomerUseCase;
import dev.latchkey.application.port.in.admin.DeleteCustomerUseCase;
import dev.latchkey.application.port.in.admin.GetCustomerUseCase;
import dev.latchkey.application.port.in.admin.ListCustomersUseCase;
import dev.latchkey.application.port.in.admin.UnblockCustomerUseCase;
import dev.latchkey.application.port.in.mail.ReadMailboxUseCase;
import dev.latchkey.application.port.in.password.ChangePasswordUseCase;
import dev.latchkey.application.port.in.password.RequestPasswordResetUseCase;
import dev.latchkey.application.port.in.password.ResetPasswordUseCase;
import dev.latchkey.application.port.in.password.SetPasswordUseCase;
import dev.latchkey.application.port.in.password.TriggerPasswordResetUseCase;
import dev.latchkey.application.port.in.password.ValidatePasswordUseCase;
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
        RequestPasswordResetUseCase requestPasswordReset,
        ResetPasswordUseCase resetPassword,
        ChangePasswordUseCase changePassword,
        ValidatePasswordUseCase validatePassword,
        TriggerPasswordResetUseCase triggerPasswordReset,
        SetPasswordUseCase setPassword,
        ListCustomersUseCase listCustomers,
        GetCustomerUseCase getCustomer,
        BlockCustomerUseCase blockCustomer,
        UnblockCustomerUseCase unblockCustomer,
        DeleteCustomerUseCase deleteCustomer) {
}
