package dev.latchkey.server.logging;

import java.util.regex.Pattern;

/** Hides email addresses in log text, in both log formats. */
final class EmailMask {

    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>(),;:=]+@[^\\s@<>(),;:=]+");

    private EmailMask() {}

    static String mask(String text) {
        // most lines hold no address at all, and the expression would cost every request line
        return text == null || text.indexOf('@') < 0
                ? text
                : EMAIL.matcher(text).replaceAll("***@***");
    }
}
