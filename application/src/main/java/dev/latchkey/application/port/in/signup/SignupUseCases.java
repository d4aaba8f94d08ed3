package dev.latchkey.application.port.in.signup;

/** The use cases of the signup area: signing up, activating and asking for a new activation mail. */
public record SignupUseCases(
        SignUpUseCase signUp, ConfirmSignupUseCase confirm, ResendActivationUseCase resendActivation) {}
