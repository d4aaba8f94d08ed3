package dev.latchkey.application.port.in.email;

/** The use cases of changing the login email: the request, its confirmation and its undo. */
public record EmailChangeUseCases(
        RequestEmailChangeUseCase request, ConfirmEmailChangeUseCase confirm, UndoEmailChangeUseCase undo) {}
