package dev.latchkey.ui.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The words of the pages in one language, read from {@code texts_<code>.properties}
 * (UTF-8). A text may hold placeholders {@code {0}}, {@code {1}}, ... filled in order; a key
 * missing in a translation falls back to English.
 */
public final class Texts {

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
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    public boolean has(String key) {
        return texts.containsKey(key);
    }

    Set<String> ownKeys() {
        return Set.copyOf(read(language).keySet());
    }

    private static Map<Language, Texts> loadAll() {
        Map<String, String> english = read(Language.EN);
        Map<Language, Texts> all = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Map<String, String> merged = new HashMap<>(english);
            merged.putAll(read(language));
            all.put(language, new Texts(language, Map.copyOf(merged)));
        }
        return all;
    }

    private static Map<String, String> read(Language language) {
        String resource = "/dev/latchkey/ui/i18n/texts_" + language.code() + ".properties";
        try (InputStream in = Texts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> texts = new HashMap<>();
            properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
