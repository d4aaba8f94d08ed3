package dev.latchkey.application.port.in.password;

/** The use cases of the customer's own password: forgotten, reset, changed and checked against the policy. */
public record PasswordUseCases(
        RequestPasswordResetUseCase requestReset,
        ResetPasswordUseCase reset,
        ChangePasswordUseCase change,
        ValidatePasswordUseCase validate) {}
