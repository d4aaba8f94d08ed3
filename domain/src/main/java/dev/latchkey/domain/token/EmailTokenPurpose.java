package dev.latchkey.domain.token;

/** What an emailed one-time token allows. */
public enum EmailTokenPurpose {
    /** Confirms a new account's email address (double opt-in). */
    ACTIVATION,
    /** Sets a new password without the old one. */
    PASSWORD_RESET,
    /** Confirms a new login email address; the payload is the new address. */
    EMAIL_CHANGE,
    /** Restores the previous login email address; the payload is that address. */
    EMAIL_CHANGE_UNDO,
    /** Confirms the deletion of the account. */
    ACCOUNT_DELETION
}
