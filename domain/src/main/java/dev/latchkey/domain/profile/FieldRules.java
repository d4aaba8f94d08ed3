package dev.latchkey.domain.profile;

import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.profile.InvalidFieldException.Problem;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of the profile and address fields. Each takes the field's name for the error and the
 * sent value, and answers the value to keep (trimmed and normalised), or null when a text field
 * is blank (which clears it).
 */
public final class FieldRules {

    /** The most a free JSON object ({@code b2b}, {@code metadata}, {@code mixins}) may take, in UTF-8 bytes. */
    public static final int MAX_JSON_BYTES = 16 * 1024;

    /**
     * The deepest a free JSON object may nest, counting itself as level one. Parsers differ in how deep
     * they go (some stop at 500 levels), so what is kept must stay readable by any client.
     */
    public static final int MAX_JSON_DEPTH = 32;

    private static final Pattern LANGUAGE = Pattern.compile("^[A-Za-z]{2,3}(?:[_-][A-Za-z0-9]{2,8}){0,3}$");
    private static final Pattern CURRENCY = Pattern.compile("^[A-Z]{3}$");
    private static final Pattern SITE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$");
    private static final Pattern PHONE = Pattern.compile("^[0-9+()./ -]*[0-9][0-9+()./ -]*$");
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private FieldRules() {}

    /**
     * Free text of at most {@code max} UTF-16 code units (a character beyond the Basic Multilingual
     * Plane, such as most emoji, counts two: the unit every supported database measures its columns
     * in), without control characters; blank = null.
     */
    public static String text(String field, String value, int max) {
        String stripped = value.strip();
        if (stripped.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidFieldException(field, Problem.INVALID_VALUE);
        }
        if (stripped.length() > max) {
            throw new InvalidFieldException(field, Problem.TOO_LONG);
        }
        return stripped.isEmpty() ? null : stripped;
    }

    /** A phone number: digits and {@code + ( ) . / -} and spaces, at most 40 characters. */
    public static String phone(String field, String value) {
        String text = text(field, value, 40);
        if (text != null && !PHONE.matcher(text).matches()) {
            throw new InvalidFieldException(field, Problem.INVALID_VALUE);
        }
        return text;
    }

    /** A language tag such as {@code en_US} or {@code de-DE}, kept as sent. */
    public static String language(String field, String value) {
        String tag = required(field, text(field, value, 35));
        String language = tag.split("[_-]")[0].toLowerCase(Locale.ROOT);
        if (!LANGUAGE.matcher(tag).matches() || (language.length() == 2 && !LANGUAGES.contains(language))) {
            throw new InvalidFieldException(field, Problem.INVALID_VALUE);
        }
        return tag;
    }

    /** An ISO 4217 currency code in upper case. */
    public static String currency(String field, String value) {
        String code = required(field, text(field, value, 3));
        if (!CURRENCY.matcher(code).matches()) {
            throw new InvalidFieldException(field, Problem.INVALID_VALUE);
        }
        try {
            Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, Problem.INVALID_VALUE);
        }
        return code;
    }

    /** The shop's site code: letters, digits, {@code _ . -}, 1..64 characters. */
    public static String site(String field, String value) {
        String site = required(field, text(field, value, 64));
        if (!SITE.matcher(site).matches()) {
            throw new InvalidFieldException(field, Problem.INVALID_VALUE);
        }
        return site;
    }

    /** An email address, normalised like a login email; blank = null. */
    public static String email(String field, String value) {
        String text = text(field, value, 254);
        if (text == null) {
            return null;
        }
        if (!EmailAddress.isValid(text)) {
            throw new InvalidFieldException(field, Problem.INVALID_VALUE);
        }
        return new EmailAddress(text).value();
    }

    /** An ISO 3166-1 alpha-2 country code, upper-cased. */
    public static String country(String field, String value) {
        String text = text(field, value, 2);
        if (text == null) {
            return null;
        }
        String code = text.toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(code)) {
            throw new InvalidFieldException(field, Problem.INVALID_VALUE);
        }
        return code;
    }

    /**
     * A JSON object already printed as text by the caller: it must be an object, within
     * {@link #MAX_JSON_BYTES} and {@link #MAX_JSON_DEPTH}.
     */
    public static String jsonObject(String field, String json) {
        String stripped = json.strip();
        if (!stripped.startsWith("{") || !stripped.endsWith("}")) {
            throw new InvalidFieldException(field, Problem.INVALID_VALUE);
        }
        if (stripped.getBytes(StandardCharsets.UTF_8).length > MAX_JSON_BYTES || depth(stripped) > MAX_JSON_DEPTH) {
            throw new InvalidFieldException(field, Problem.TOO_LONG);
        }
        return stripped;
    }

    /** How deep objects and arrays nest in well-formed JSON text; brackets inside strings do not count. */
    private static int depth(String json) {
        int depth = 0;
        int deepest = 0;
        boolean inString = false;
        boolean escaped = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (escaped) {
                escaped = false;
            } else if (inString) {
                escaped = c == '\\';
                inString = c != '"';
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return deepest;
    }

    private static String required(String field, String value) {
        if (value == null) {
            throw new InvalidFieldException(field, Problem.INVALID_VALUE);
        }
        return value;
    }
}
