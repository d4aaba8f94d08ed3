package dev.latchkey.domain.email;

import java.net.IDN;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What Latchkey accepts as an email address, wherever one is kept: a customer's login, a shop's
 * support address. Addresses are compared in one normal form: trimmed, in Unicode normal form C, in
 * lower case, with an international domain name in its ASCII form ({@code bücher.example} is kept
 * as {@code xn--bcher-kva.example}), so that every spelling of one mailbox is one account.
 */
public final class EmailSyntax {

    public static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_PART_LENGTH = 64;
    private static final Pattern SHAPE = Pattern.compile(
            "^[^\\s@\"(),:;<>\\[\\]\\\\]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$");

    private EmailSyntax() {}

    /**
     * The address in the form in which it is checked and kept; also a part of an address that is searched
     * for ({@code @bücher} becomes {@code @xn--bcher-kva}). A domain that has no ASCII form is left as
     * sent, which {@link #isValid} then refuses.
     */
    public static String normalise(String candidate) {
        String address =
                Normalizer.normalize(candidate.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        int at = address.lastIndexOf('@');
        if (at < 0) {
            return address;
        }
        String domain = address.substring(at + 1);
        return address.substring(0, at + 1) + asciiDomain(domain).orElse(domain);
    }

    /** True when the normalised {@code candidate} is a valid address of at most {@value #MAX_LENGTH} characters. */
    public static boolean isValid(String candidate) {
        if (candidate == null) {
            return false;
        }
        String address = normalise(candidate);
        int at = address.indexOf('@');
        return address.length() <= MAX_LENGTH
                && at > 0
                && at <= MAX_LOCAL_PART_LENGTH
                && address.chars().noneMatch(Character::isISOControl)
                && SHAPE.matcher(address).matches()
                && asciiDomain(address.substring(at + 1)).isPresent();
    }

    /** The domain in ASCII (IDNA 2003, as the JDK implements it: {@code ß} becomes {@code ss}); empty when it has no such form. */
    private static Optional<String> asciiDomain(String domain) {
        try {
            return Optional.of(IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
