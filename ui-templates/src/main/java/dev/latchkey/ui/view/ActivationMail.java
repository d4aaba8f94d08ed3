package dev.latchkey.ui.view;

/** What the activation (double opt-in) mail shows; {@code validFor} is already worded, like "48 hours". */
public record ActivationMail(MailFrame frame, String activationLink, String validFor) {}
