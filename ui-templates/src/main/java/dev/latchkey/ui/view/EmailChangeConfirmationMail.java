package dev.latchkey.ui.view;

/** What the mail to a new address shows: the link that makes it the account's login email, and how long it works. */
public record EmailChangeConfirmationMail(MailFrame frame, String confirmationLink, String validFor) {}
