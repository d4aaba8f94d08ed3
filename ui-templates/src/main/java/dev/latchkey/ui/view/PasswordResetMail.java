package dev.latchkey.ui.view;

/** What the password-reset mail shows; {@code validFor} is already worded, like "30 minutes". */
public record PasswordResetMail(MailFrame frame, String resetLink, String validFor) {}
