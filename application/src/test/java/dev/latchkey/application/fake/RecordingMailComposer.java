package dev.latchkey.application.fake;

import dev.latchkey.application.port.out.ComposedMail;
import dev.latchkey.application.port.out.MailComposer;
import dev.latchkey.application.port.out.MailMessage;
import java.util.ArrayList;
import java.util.List;

/** Composes a trivial mail whose body is just its links, and remembers every message it was given. */
public final class RecordingMailComposer implements MailComposer {

    private final List<MailMessage> messages = new ArrayList<>();

    @Override
    public ComposedMail compose(MailMessage message) {
        messages.add(message);
        String body;
        if (message instanceof MailMessage.Activation activation) {
            body = activation.activationLink();
        } else if (message instanceof MailMessage.AccountExists exists) {
            body = exists.loginLink() + "\n" + exists.resetLink();
        } else if (message instanceof MailMessage.PasswordReset reset) {
            body = reset.resetLink();
        } else if (message instanceof MailMessage.PasswordChanged changed) {
            body = changed.passwordForgottenLink();
        } else if (message instanceof MailMessage.EmailChangeConfirmation confirmation) {
            body = confirmation.confirmationLink();
        } else if (message instanceof MailMessage.EmailChangeRequested requested) {
            body = requested.newEmail().value();
        } else if (message instanceof MailMessage.EmailChanged changed) {
            body = changed.newEmail().value() + "\n" + changed.undoLink();
        } else if (message instanceof MailMessage.AccountDeletionConfirmation deletion) {
            body = deletion.confirmationLink();
        } else {
            throw new IllegalArgumentException("No fake rendering for " + message.getClass());
        }
        String subject = message.getClass().getSimpleName();
        return new ComposedMail(message.tenant(), message.recipient(), subject, body, "<p>" + body + "</p>");
    }

    public List<MailMessage> messages() {
        return List.copyOf(messages);
    }

    public <T extends MailMessage> List<T> messagesOf(Class<T> type) {
        return messages.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
