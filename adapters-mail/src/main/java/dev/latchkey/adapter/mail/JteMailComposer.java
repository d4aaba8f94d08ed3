package dev.latchkey.adapter.mail;

import dev.latchkey.application.port.out.ComposedMail;
import dev.latchkey.application.port.out.MailComposer;
import dev.latchkey.application.port.out.MailMessage;
import dev.latchkey.ui.view.AccountExistsMail;
import dev.latchkey.ui.view.ActivationMail;
import dev.latchkey.ui.view.PasswordChangedMail;
import dev.latchkey.ui.view.PasswordResetMail;

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
        throw new IllegalArgumentException("No template for " + message.getClass().getSimpleName());
    }
}
