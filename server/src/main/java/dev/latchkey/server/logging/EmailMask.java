package dev.latchkey.server.logging;

import java.util.regex.Pattern;

/** Hides email addresses in log text: the same expression the text pattern of {@code logback.xml} applies. */
final class EmailMask {

    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>(),;:=]+@[^\\s@<>(),;:=]+");

    private EmailMask() {
    }

    static String mask(String text) {
        return text == null ? null : EMAIL.matcher(text).replaceAll("***@***");
    }
}
