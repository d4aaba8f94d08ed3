package dev.latchkey.ui.view;

/** What the activation (double opt-in) mail shows. */
public record ActivationMail(String shopName, String activationLink, long hoursValid) {
}
