package dev.latchkey.domain.profile;

import dev.latchkey.domain.profile.InvalidFieldException.Problem;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The tags of an address ({@code BILLING}, {@code SHIPPING}...): trimmed, upper-cased, without duplicates. */
public final class AddressTags {

    public static final int MAX_PER_ADDRESS = 20;
    private static final Pattern TAG = Pattern.compile("^[A-Z0-9_-]{1,32}$");

    private AddressTags() {}

    /** The tags normalised, in the order first sent; an invalid tag fails naming {@code field}. */
    public static List<String> normalize(String field, Collection<String> tags) {
        Set<String> normalized = new LinkedHashSet<>();
        for (String tag : tags) {
            String upper = tag == null ? "" : tag.strip().toUpperCase(Locale.ROOT);
            if (!TAG.matcher(upper).matches()) {
                throw new InvalidFieldException(field, Problem.INVALID_VALUE);
            }
            normalized.add(upper);
        }
        return List.copyOf(normalized);
    }

    /** Like {@link #normalize} for a whole address's tags, which may hold at most {@link #MAX_PER_ADDRESS}. */
    public static List<String> ofAddress(String field, Collection<String> tags) {
        List<String> normalized = normalize(field, tags);
        if (normalized.size() > MAX_PER_ADDRESS) {
            throw new InvalidFieldException(field, Problem.TOO_MANY);
        }
        return normalized;
    }
}
