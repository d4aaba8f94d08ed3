package dev.latchkey.application.port.out;

import java.util.regex.Pattern;

/**
 * What a mail is about, as far as the mail quota is concerned: each kind has its own quota per
 * recipient. A flow that sends a new kind of mail names it here or with {@code new MailKind("...")}.
 */
public record MailKind(String name) {

    private static final Pattern NAME = Pattern.compile("^[a-z][a-z_]{0,31}$");

    public static final MailKind ACTIVATION = new MailKind("activation");
    public static final MailKind ACCOUNT_EXISTS = new MailKind("account_exists");
    public static final MailKind PASSWORD_RESET = new MailKind("password_reset");
    public static final MailKind EMAIL_CHANGE = new MailKind("email_change");
    public static final MailKind ACCOUNT_DELETION = new MailKind("account_deletion");

    public MailKind {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A mail kind is 1 to 32 lower-case letters or underscores");
        }
    }
}
