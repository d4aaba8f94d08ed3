package dev.latchkey.application.port.in.account;

/** The use cases of the customer's account as a whole: its overview, security events, export, deletion and ways to sign in. */
public record AccountUseCases(
        ListSecurityEventsUseCase listSecurityEvents,
        ExportAccountUseCase export,
        RequestAccountDeletionUseCase requestDeletion,
        DeleteAccountUseCase delete,
        AddInternalLoginUseCase addInternalLogin,
        AccountOverviewUseCase overview) {}
