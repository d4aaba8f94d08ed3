package dev.latchkey.ui.i18n;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The words of the pages in one language, read from {@code texts_<code>.properties}
 * (UTF-8). A text may hold placeholders {@code {0}}, {@code {1}}, ... filled in order; a key
 * missing in a translation falls back to English.
 */
public final class Texts {

    private static final String FILES = "texts";
    private static final Map<Language, Texts> ALL = loadAll();

    private final Language language;
    private final Map<String, String> texts;

    private Texts(Language language, Map<String, String> texts) {
        this.language = language;
        this.texts = texts;
    }

    public static Texts of(Language language) {
        return ALL.get(language);
    }

    public Language language() {
        return language;
    }

    /** The text of {@code key} with its placeholders filled; an unknown key is a programming error. */
    public String get(String key, Object... args) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalArgumentException("No text for " + key);
        }
        return TextFiles.fill(text, -1, args);
    }

    public boolean has(String key) {
        return texts.containsKey(key);
    }

    Set<String> ownKeys() {
        return Set.copyOf(TextFiles.read(FILES, language).keySet());
    }

    private static Map<Language, Texts> loadAll() {
        Map<Language, Texts> all = new EnumMap<>(Language.class);
        TextFiles.readAll(FILES).forEach((language, texts) -> all.put(language, new Texts(language, texts)));
        return all;
    }
}
