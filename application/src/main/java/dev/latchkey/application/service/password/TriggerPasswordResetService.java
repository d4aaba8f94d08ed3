package dev.latchkey.application.service.password;

import dev.latchkey.application.port.in.password.TriggerPasswordResetUseCase;
import java.util.concurrent.Executor;

/**
 * Mails a reset link on behalf of a shop's backend, like a customer's own request. Accounts have no
 * type yet and all count as {@code CUSTOMER}, so a request for a {@code COMPANY} login mails nobody.
 */
public final class TriggerPasswordResetService implements TriggerPasswordResetUseCase {

    private final PasswordResetMailer mailer;
    private final Executor background;

    public TriggerPasswordResetService(PasswordResetMailer mailer, Executor background) {
        this.mailer = mailer;
        this.background = background;
    }

    @Override
    public void trigger(Command command) {
        background.execute(() -> mailer.mailIfActiveAndOf(command.tenant(), command.email(), command.type()));
    }
}
