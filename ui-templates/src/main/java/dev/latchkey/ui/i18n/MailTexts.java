package dev.latchkey.ui.i18n;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words of the mails in one language, read from {@code mail_<code>.properties} (UTF-8), kept
 * apart from the pages' {@link Texts}. Placeholders {@code {0}}, {@code {1}}, ... are filled in
 * order; a key missing in a translation falls back to English.
 */
public final class MailTexts {

    private static final String FILES = "mail";
    private static final List<ChronoUnit> UNITS =
            List.of(ChronoUnit.DAYS, ChronoUnit.HOURS, ChronoUnit.MINUTES, ChronoUnit.SECONDS);
    private static final Map<Language, MailTexts> ALL = loadAll();

    private final Language language;
    private final Map<String, String> texts;

    private MailTexts(Language language, Map<String, String> texts) {
        this.language = language;
        this.texts = texts;
    }

    public static MailTexts of(Language language) {
        return ALL.get(language);
    }

    /**
     * The words for a customer's preferred language tag ({@code de_DE}, {@code de-AT}, {@code en_US}...):
     * German for a German tag, English for every other, unknown or missing one.
     */
    public static MailTexts forTag(String languageTag) {
        return of(Language.ofTag(languageTag).orElse(Language.EN));
    }

    public Language language() {
        return language;
    }

    /** The text of {@code key} with its placeholders filled; an unknown key is a programming error. */
    public String get(String key, Object... args) {
        return TextFiles.fill(text(key), -1, args);
    }

    public boolean has(String key) {
        return texts.containsKey(key);
    }

    /**
     * The text of {@code key} cut at its placeholder {@code {slot}}, every other placeholder filled:
     * for HTML that marks up the value in the middle of a sentence, whose place differs by language.
     */
    public Split around(String key, int slot, Object... args) {
        String text = TextFiles.fill(text(key), slot, args);
        String marker = "{" + slot + "}";
        int at = text.indexOf(marker);
        if (at < 0 || text.indexOf(marker, at + 1) >= 0) {
            throw new IllegalArgumentException(key + " must hold " + marker + " exactly once");
        }
        return new Split(text.substring(0, at), text.substring(at + marker.length()));
    }

    /**
     * How long a link works, such as "48 hours" or "30 Minuten": in {@code unit} (days, hours,
     * minutes or seconds), or in the largest smaller one that counts it exactly, so a lifetime of
     * 90 minutes is never cut to "1 hour".
     */
    public String lifetime(Duration validFor, ChronoUnit unit) {
        if (validFor.isNegative() || validFor.isZero() || !UNITS.contains(unit)) {
            throw new IllegalArgumentException("A lifetime is positive and counted in days, hours, minutes or seconds");
        }
        for (ChronoUnit candidate : UNITS.subList(UNITS.indexOf(unit), UNITS.size())) {
            long seconds = candidate.getDuration().toSeconds();
            if (validFor.toSeconds() % seconds == 0 && validFor.getNano() == 0) {
                long amount = validFor.toSeconds() / seconds;
                String name = candidate.name().toLowerCase(Locale.ROOT);
                return amount == 1
                        ? get("lifetime." + name.substring(0, name.length() - 1))
                        : get("lifetime." + name, amount);
            }
        }
        return get("lifetime.seconds", validFor.toSeconds());
    }

    /** A sentence before and after the value it frames. */
    public record Split(String before, String after) {}

    Set<String> ownKeys() {
        return Set.copyOf(TextFiles.read(FILES, language).keySet());
    }

    private String text(String key) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalArgumentException("No mail text for " + key);
        }
        return text;
    }

    private static Map<Language, MailTexts> loadAll() {
        Map<Language, MailTexts> all = new EnumMap<>(Language.class);
        TextFiles.readAll(FILES).forEach((language, texts) -> all.put(language, new MailTexts(language, texts)));
        return all;
    }
}
