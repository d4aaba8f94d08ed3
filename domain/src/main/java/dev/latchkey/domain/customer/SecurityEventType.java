package dev.latchkey.domain.customer;

/** What happened to an account, as the customer sees it in the list of security events. */
public enum SecurityEventType {
    /** A login with the right password. */
    LOGIN_SUCCEEDED,
    /** A login of an existing account with a wrong password (never recorded for unknown emails). */
    LOGIN_FAILED,
    LOGOUT,
    /** A refresh token that was already used came back after the reuse window; its whole login session was ended. */
    REFRESH_TOKEN_REUSED,
    /** A refresh token came back within seconds of its use (a retried request, a second tab); it got another new pair. */
    REFRESH_TOKEN_REPEATED,
    EMAIL_CHANGE_REQUESTED,
    EMAIL_CHANGE_CONFIRMED,
    /** The previous login email was restored from the link sent to it; every session was ended. */
    EMAIL_CHANGE_UNDONE,
    ACCOUNT_DELETION_REQUESTED,
    /** Recorded without customer, address or user agent, since the account and its events are erased. */
    ACCOUNT_DELETED,
    /** The customer ended one of its login sessions. */
    SESSION_ENDED,
    /** The customer ended every login session but the current one. */
    OTHER_SESSIONS_ENDED,
    /** The email address was confirmed with the activation link. */
    ACCOUNT_ACTIVATED,
    /** A login or password check was refused without looking at the password, after too many wrong ones. */
    LOGIN_THROTTLED,
    /** The customer changed the password, giving the current one; every other session was ended. */
    PASSWORD_CHANGED,
    /** A new password was set with a reset link; every session was ended. */
    PASSWORD_RESET,
    /** The shop set a new password; every session was ended. */
    PASSWORD_SET_BY_SHOP,
    /** The shop blocked the account; every session was ended. */
    ACCOUNT_BLOCKED,
    ACCOUNT_UNBLOCKED
}
