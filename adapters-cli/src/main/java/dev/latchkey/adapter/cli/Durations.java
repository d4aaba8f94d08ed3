package dev.latchkey.adapter.cli;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lifetimes as people write them: {@code 90s}, {@code 15m}, {@code 1h}, {@code 30d}. */
final class Durations {

    private static final Pattern SHAPE = Pattern.compile("(\\d{1,9})([smhd])");

    private Durations() {}

    static Optional<Duration> parse(String text) {
        Matcher matcher = SHAPE.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        long amount = Long.parseLong(matcher.group(1));
        return Optional.of(
                switch (matcher.group(2)) {
                    case "s" -> Duration.ofSeconds(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    case "h" -> Duration.ofHours(amount);
                    default -> Duration.ofDays(amount);
                });
    }

    /** In the largest unit that divides it: {@code 30d}, {@code 48h}, {@code 15m}, {@code 90s}. */
    static String format(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds == 0) {
            return "0s";
        }
        if (seconds % 86_400 == 0) {
            return seconds / 86_400 + "d";
        }
        if (seconds % 3_600 == 0) {
            return seconds / 3_600 + "h";
        }
        return seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
    }
}
