package dev.latchkey.application.service.password;

import dev.latchkey.application.port.in.password.RequestPasswordResetUseCase;
import java.util.concurrent.Executor;

/**
 * Answers a reset request at once and mails the link afterwards, on {@code background}: the caller's
 * answer costs the same for a known and an unknown address, because neither is looked up before it.
 */
public final class RequestPasswordResetService implements RequestPasswordResetUseCase {

    private final PasswordResetMailer mailer;
    private final Executor background;

    public RequestPasswordResetService(PasswordResetMailer mailer, Executor background) {
        this.mailer = mailer;
        this.background = background;
    }

    @Override
    public void request(Command command) {
        background.execute(() -> mailer.mailIfActive(command.tenant(), command.email()));
    }
}
