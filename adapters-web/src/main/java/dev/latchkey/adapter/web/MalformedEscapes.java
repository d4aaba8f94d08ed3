package dev.latchkey.adapter.web;

import java.util.regex.Pattern;

/** Whether a raw request path holds a percent sign that is not followed by two hexadecimal digits. */
final class MalformedEscapes {

    private static final Pattern BAD_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    private MalformedEscapes() {}

    static boolean in(String rawPath) {
        return rawPath != null && BAD_ESCAPE.matcher(rawPath).find();
    }
}
