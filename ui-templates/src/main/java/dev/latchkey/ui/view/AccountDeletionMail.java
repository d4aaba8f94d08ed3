package dev.latchkey.ui.view;

/** What the mail that confirms an account deletion shows; {@code validFor} is already worded, like "24 hours". */
public record AccountDeletionMail(MailFrame frame, String confirmationLink, String validFor) {}
