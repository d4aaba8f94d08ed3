package dev.latchkey.ui.view;

/** What the notice after a password change shows. */
public record PasswordChangedMail(MailFrame frame, String passwordForgottenLink) {}
