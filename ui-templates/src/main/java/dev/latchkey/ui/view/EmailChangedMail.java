package dev.latchkey.ui.view;

/** What the mail to the previous address shows once the change is confirmed: the link that undoes it, and how long it works. */
public record EmailChangedMail(MailFrame frame, String newEmail, String undoLink, String validFor) {}
