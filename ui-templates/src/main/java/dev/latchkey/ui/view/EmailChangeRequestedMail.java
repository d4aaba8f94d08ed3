package dev.latchkey.ui.view;

/** What the notice to the current address shows when a change of the login email is asked for. */
public record EmailChangeRequestedMail(MailFrame frame, String newEmail) {}
