package dev.latchkey.ui.view;

/** What the mail to an existing account's owner shows when someone signs up with that address again. */
public record AccountExistsMail(MailFrame frame, String loginLink, String resetLink) {}
