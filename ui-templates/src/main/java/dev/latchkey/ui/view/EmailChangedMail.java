package dev.latchkey.ui.view;

/** What the mail to the previous address shows once the change is confirmed: the link that undoes it. */
public record EmailChangedMail(String shopName, String newEmail, String undoLink, long daysValid) {
}
