package dev.latchkey.ui.view;

/** What the mail that confirms an account deletion shows. */
public record AccountDeletionMail(String shopName, String confirmationLink, long hoursValid) {
}
