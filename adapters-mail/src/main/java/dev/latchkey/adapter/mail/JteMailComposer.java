package dev.latchkey.adapter.mail;

import dev.latchkey.application.port.out.ComposedMail;
import dev.latchkey.application.port.out.MailComposer;
import dev.latchkey.application.port.out.MailMessage;
import dev.latchkey.ui.i18n.MailTexts;
import dev.latchkey.ui.view.AccountDeletionMail;
import dev.latchkey.ui.view.AccountExistsMail;
import dev.latchkey.ui.view.ActivationMail;
import dev.latchkey.ui.view.EmailChangeConfirmationMail;
import dev.latchkey.ui.view.EmailChangeRequestedMail;
import dev.latchkey.ui.view.EmailChangedMail;
import dev.latchkey.ui.view.MailFrame;
import dev.latchkey.ui.view.PasswordChangedMail;
import dev.latchkey.ui.view.PasswordResetMail;
import java.time.temporal.ChronoUnit;

/**
 * Renders mails from the precompiled JTE templates: an HTML part and a plain-text part with the
 * same links, and the subject, all in the recipient's language (German for a German tag, else English).
 */
public final class JteMailComposer implements MailComposer {

    private final dev.latchkey.ui.html.Templates html = new dev.latchkey.ui.html.StaticTemplates();
    private final dev.latchkey.ui.text.Templates text = new dev.latchkey.ui.text.StaticTemplates();

    @Override
    public ComposedMail compose(MailMessage message) {
        MailTexts words = MailTexts.forTag(message.language());
        MailFrame frame = new MailFrame(words, message.shopName());
        if (message instanceof MailMessage.Activation activation) {
            ActivationMail view = new ActivationMail(
                    frame, activation.activationLink(), words.lifetime(activation.validFor(), ChronoUnit.HOURS));
            return mail(
                    message,
                    frame.t("activation.subject", frame.shopName()),
                    text.mailActivation(view).render(),
                    html.mailActivation(view).render());
        }
        if (message instanceof MailMessage.AccountExists exists) {
            AccountExistsMail view = new AccountExistsMail(frame, exists.loginLink(), exists.resetLink());
            return mail(
                    message,
                    frame.t("accountExists.subject", frame.shopName()),
                    text.mailAccountExists(view).render(),
                    html.mailAccountExists(view).render());
        }
        if (message instanceof MailMessage.PasswordReset reset) {
            PasswordResetMail view = new PasswordResetMail(
                    frame, reset.resetLink(), words.lifetime(reset.validFor(), ChronoUnit.MINUTES));
            return mail(
                    message,
                    frame.t("passwordReset.subject", frame.shopName()),
                    text.mailPasswordReset(view).render(),
                    html.mailPasswordReset(view).render());
        }
        if (message instanceof MailMessage.PasswordChanged changed) {
            PasswordChangedMail view = new PasswordChangedMail(frame, changed.passwordForgottenLink());
            return mail(
                    message,
                    frame.t("passwordChanged.subject", frame.shopName()),
                    text.mailPasswordChanged(view).render(),
                    html.mailPasswordChanged(view).render());
        }
        if (message instanceof MailMessage.EmailChangeConfirmation confirmation) {
            EmailChangeConfirmationMail view = new EmailChangeConfirmationMail(
                    frame, confirmation.confirmationLink(), words.lifetime(confirmation.validFor(), ChronoUnit.HOURS));
            return mail(
                    message,
                    frame.t("emailChangeConfirmation.subject", frame.shopName()),
                    text.mailEmailChangeConfirmation(view).render(),
                    html.mailEmailChangeConfirmation(view).render());
        }
        if (message instanceof MailMessage.EmailChangeRequested requested) {
            EmailChangeRequestedMail view =
                    new EmailChangeRequestedMail(frame, requested.newEmail().value());
            return mail(
                    message,
                    frame.t("emailChangeRequested.subject", frame.shopName()),
                    text.mailEmailChangeRequested(view).render(),
                    html.mailEmailChangeRequested(view).render());
        }
        if (message instanceof MailMessage.EmailChanged changed) {
            EmailChangedMail view = new EmailChangedMail(
                    frame,
                    changed.newEmail().value(),
                    changed.undoLink(),
                    words.lifetime(changed.validFor(), ChronoUnit.DAYS));
            return mail(
                    message,
                    frame.t("emailChanged.subject", frame.shopName()),
                    text.mailEmailChanged(view).render(),
                    html.mailEmailChanged(view).render());
        }
        if (message instanceof MailMessage.AccountDeletionConfirmation deletion) {
            AccountDeletionMail view = new AccountDeletionMail(
                    frame, deletion.confirmationLink(), words.lifetime(deletion.validFor(), ChronoUnit.HOURS));
            return mail(
                    message,
                    frame.t("accountDeletion.subject", frame.shopName()),
                    text.mailAccountDeletion(view).render(),
                    html.mailAccountDeletion(view).render());
        }
        throw new IllegalArgumentException(
                "No template for " + message.getClass().getSimpleName());
    }

    private static ComposedMail mail(MailMessage message, String subject, String textBody, String htmlBody) {
        return new ComposedMail(message.tenant(), message.recipient(), subject, textBody, htmlBody);
    }
}
