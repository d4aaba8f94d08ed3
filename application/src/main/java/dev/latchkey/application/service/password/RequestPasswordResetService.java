package dev.latchkey.application.service.password;

import dev.latchkey.application.port.in.password.RequestPasswordResetUseCase;
import dev.latchkey.application.port.out.DeferredRequest;
import dev.latchkey.application.service.DeferredWork;
import java.util.Optional;

/**
 * Answers a reset request at once and mails the link afterwards ({@link PasswordResetMailer}, through
 * {@link DeferredWork}): the caller's answer costs the same for a known and an unknown address,
 * because neither is looked up before it.
 */
public final class RequestPasswordResetService implements RequestPasswordResetUseCase {

    private final DeferredWork deferredWork;

    public RequestPasswordResetService(DeferredWork deferredWork) {
        this.deferredWork = deferredWork;
    }

    @Override
    public void request(Command command) {
        deferredWork.submit(DeferredRequest.Kind.PASSWORD_RESET, command.tenant(), command.email(), Optional.empty());
    }
}
