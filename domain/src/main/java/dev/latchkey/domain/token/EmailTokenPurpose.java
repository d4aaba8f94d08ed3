package dev.latchkey.domain.token;

/** What an emailed one-time token allows. */
public enum EmailTokenPurpose {
    ACTIVATION
}
