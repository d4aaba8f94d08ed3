package dev.latchkey.ui.i18n;

import java.util.Locale;
import java.util.Optional;

/** The languages the customer pages and mails speak; English is the fallback for everything else. */
public enum Language {
    EN("en", "English"),
    DE("de", "Deutsch");

    private final String code;
    private final String ownName;

    Language(String code, String ownName) {
        this.code = code;
        this.ownName = ownName;
    }

    /** The two-letter code, as in {@code lang="en"} and {@code ?lang=de}. */
    public String code() {
        return code;
    }

    /** The language's name in itself, as the language switcher shows it. */
    public String ownName() {
        return ownName;
    }

    /** The language of a tag such as {@code de}, {@code de-AT} or {@code de_DE}, when it is one of ours. */
    public static Optional<Language> ofTag(String tag) {
        if (tag == null || tag.length() < 2) {
            return Optional.empty();
        }
        String prefix = tag.substring(0, 2).toLowerCase(Locale.ROOT);
        if (tag.length() > 2 && Character.isLetter(tag.charAt(2))) {
            return Optional.empty();
        }
        for (Language language : values()) {
            if (language.code.equals(prefix)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /**
     * The first of ours among an {@code Accept-Language} header's languages, by their weights;
     * English when none is.
     */
    public static Language ofAcceptLanguage(String header) {
        if (header == null || header.isBlank() || header.length() > 500) {
            return EN;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                Optional<Language> language = ofTag(range.getRange());
                if (language.isPresent() && range.getWeight() > 0) {
                    return language.get();
                }
            }
        } catch (IllegalArgumentException malformed) {
            return EN;
        }
        return EN;
    }
}
