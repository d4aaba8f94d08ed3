package dev.latchkey.ui.view;

/** What the password-reset mail shows. */
public record PasswordResetMail(String shopName, String resetLink, long minutesValid) {
}
