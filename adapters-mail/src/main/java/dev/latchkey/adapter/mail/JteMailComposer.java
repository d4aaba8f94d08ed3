package dev.latchkey.adapter.mail;

import dev.latchkey.application.port.out.ComposedMail;
import dev.latchkey.application.port.out.MailComposer;
import dev.latchkey.application.port.out.MailMessage;
import dev.latchkey.ui.view.AccountDeletionMail;
import dev.latchkey.ui.view.AccountExistsMail;
import dev.latchkey.ui.view.ActivationMail;
import dev.latchkey.ui.view.PasswordChangedMail;
import dev.latchkey.ui.view.PasswordResetMail;
import dev.latchkey.ui.view.EmailChangeConfirmationMail;
import dev.latchkey.ui.view.EmailChangeRequestedMail;
import dev.latchkey.ui.view.EmailChangedMail;

/** Renders mails from the precompiled JTE templates: an HTML part and a plain-text part with the same links. */
public final class JteMailComposer implements MailComposer {

    private final dev.latchkey.ui.html.Templates html = new dev.latchkey.ui.html.StaticTemplates();
    private final dev.latchkey.ui.text.Templates text = new dev.latchkey.ui.text.StaticTemplates();

    @Override
    public ComposedMail compose(MailMessage message) {
        if (message instanceof MailMessage.Activation activation) {
            ActivationMail view = new ActivationMail(activation.shopName(), activation.activationLink(),
                    activation.validFor().toHours());
            return new ComposedMail(message.tenant(), message.recipient(),
                    "Activate your " + activation.shopName() + " account",
                    text.mailActivation(view).render(), html.mailActivation(view).render());
        }
        if (message instanceof MailMessage.AccountExists exists) {
            AccountExistsMail view = new AccountExistsMail(exists.shopName(), exists.loginLink(), exists.resetLink());
            return new ComposedMail(message.tenant(), message.recipient(),
                    "You already have an account with " + exists.shopName(),
                    text.mailAccountExists(view).render(), html.mailAccountExists(view).render());
        }
        if (message instanceof MailMessage.PasswordReset reset) {
            PasswordResetMail view = new PasswordResetMail(reset.shopName(), reset.resetLink(), reset.validFor().toMinutes());
            return new ComposedMail(message.tenant(), message.recipient(),
                    "Reset your " + reset.shopName() + " password",
                    text.mailPasswordReset(view).render(), html.mailPasswordReset(view).render());
        }
        if (message instanceof MailMessage.PasswordChanged changed) {
            PasswordChangedMail view = new PasswordChangedMail(changed.shopName(), changed.passwordForgottenLink());
            return new ComposedMail(message.tenant(), message.recipient(),
                    "Your " + changed.shopName() + " password was changed",
                    text.mailPasswordChanged(view).render(), html.mailPasswordChanged(view).render());
        }
        if (message instanceof MailMessage.EmailChangeConfirmation confirmation) {
            EmailChangeConfirmationMail view = new EmailChangeConfirmationMail(confirmation.shopName(),
                    confirmation.confirmationLink(), confirmation.validFor().toHours());
            return new ComposedMail(message.tenant(), message.recipient(),
                    "Confirm your new email address for " + confirmation.shopName(),
                    text.mailEmailChangeConfirmation(view).render(), html.mailEmailChangeConfirmation(view).render());
        }
        if (message instanceof MailMessage.EmailChangeRequested requested) {
            EmailChangeRequestedMail view = new EmailChangeRequestedMail(requested.shopName(), requested.newEmail().value());
            return new ComposedMail(message.tenant(), message.recipient(),
                    "A change of your " + requested.shopName() + " sign-in email was requested",
                    text.mailEmailChangeRequested(view).render(), html.mailEmailChangeRequested(view).render());
        }
        if (message instanceof MailMessage.EmailChanged changed) {
            EmailChangedMail view = new EmailChangedMail(changed.shopName(), changed.newEmail().value(), changed.undoLink(),
                    changed.validFor().toDays());
            return new ComposedMail(message.tenant(), message.recipient(),
                    "Your " + changed.shopName() + " sign-in email was changed",
                    text.mailEmailChanged(view).render(), html.mailEmailChanged(view).render());
        }
        if (message instanceof MailMessage.AccountDeletionConfirmation deletion) {
            AccountDeletionMail view = new AccountDeletionMail(deletion.shopName(), deletion.confirmationLink(),
                    deletion.validFor().toHours());
            return new ComposedMail(message.tenant(), message.recipient(),
                    "Confirm the deletion of your " + deletion.shopName() + " account",
                    text.mailAccountDeletion(view).render(), html.mailAccountDeletion(view).render());
        }
        throw new IllegalArgumentException("No template for " + message.getClass().getSimpleName());
    }
}
