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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text files of one kind, {@code <prefix>_<code>.properties} (UTF-8) next to this class,
 * for every language, with English filling in the keys a translation lacks; and fills placeholders.
 */
final class TextFiles {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d{1,2})}");

    private TextFiles() {}

    /** Every language's texts, each complete thanks to the English fallback. */
    static Map<Language, Map<String, String>> readAll(String prefix) {
        Map<String, String> english = read(prefix, Language.EN);
        Map<Language, Map<String, String>> all = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Map<String, String> merged = new HashMap<>(english);
            merged.putAll(read(prefix, language));
            all.put(language, Map.copyOf(merged));
        }
        return all;
    }

    /** The texts one language's own file holds. */
    static Map<String, String> read(String prefix, Language language) {
        String resource = prefix + "_" + language.code() + ".properties";
        try (InputStream in = TextFiles.class.getResourceAsStream(resource)) {
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

    /**
     * Fills {@code {0}}, {@code {1}}, ... in one pass, so a value that itself looks like a placeholder
     * stays as it is; the placeholder {@code {skipped}} and those without a value stay too.
     */
    static String fill(String text, int skipped, Object... args) {
        Matcher placeholder = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            int index = Integer.parseInt(placeholder.group(1));
            String value = index == skipped || index >= args.length ? placeholder.group() : String.valueOf(args[index]);
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(filled);
        return filled.toString();
    }
}
