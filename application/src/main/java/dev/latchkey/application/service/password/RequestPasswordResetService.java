package dev.latchkey.application.service.password;

import dev.latchkey.application.port.in.password.RequestPasswordResetUseCase;
import dev.latchkey.application.port.out.DeferredMailRequest;
import dev.latchkey.application.service.DeferredMails;
import java.util.Optional;

/**
 * Answers a reset request at once and mails the link afterwards ({@link PasswordResetMailer}, through
 * {@link DeferredMails}): the caller's answer costs the same for a known and an unknown address,
 * because neither is looked up before it.
 */
public final class RequestPasswordResetService implements RequestPasswordResetUseCase {

    private final DeferredMails deferredMails;

    public RequestPasswordResetService(DeferredMails deferredMails) {
        this.deferredMails = deferredMails;
    }

    @Override
    public void request(Command command) {
        deferredMails.submit(
                DeferredMailRequest.Kind.PASSWORD_RESET, command.tenant(), command.email(), Optional.empty());
    }
}
