package dev.latchkey.ui.view;

/** What the mail to a new address shows: the link that makes it the account's login email. */
public record EmailChangeConfirmationMail(String shopName, String confirmationLink, long hoursValid) {
}
