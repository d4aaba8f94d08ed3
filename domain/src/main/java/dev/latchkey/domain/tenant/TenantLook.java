package dev.latchkey.domain.tenant;

import dev.latchkey.domain.email.EmailSyntax;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a shop's pages look: its logo, its primary colour and the address customers write to for
 * help. Every part is optional; {@link #none()} is the plain look.
 *
 * @param logoUrl      an absolute https URL of the logo image (http only for {@code localhost} and
 *                     {@code 127.0.0.1}), at most 500 characters, without quotes, spaces or angle brackets
 * @param primaryColor a colour as {@code #rrggbb}, kept in lower case
 * @param supportEmail an email address as a customer's login would be accepted ({@link EmailSyntax}), kept trimmed
 *                     and in lower case
 */
public record TenantLook(Optional<String> logoUrl, Optional<String> primaryColor, Optional<String> supportEmail) {

    public static final int MAX_LOGO_URL_LENGTH = 500;
    public static final int MAX_SUPPORT_EMAIL_LENGTH = EmailSyntax.MAX_LENGTH;
    private static final Pattern COLOR = Pattern.compile("^#[0-9a-fA-F]{6}$");

    public TenantLook {
        Objects.requireNonNull(logoUrl, "logoUrl");
        Objects.requireNonNull(primaryColor, "primaryColor");
        Objects.requireNonNull(supportEmail, "supportEmail");
        if (logoUrl.isPresent() && !isValidLogoUrl(logoUrl.get())) {
            throw new IllegalArgumentException("A logo URL is an absolute https URL of at most " + MAX_LOGO_URL_LENGTH
                    + " characters without quotes, spaces or angle brackets (http only for localhost)");
        }
        if (primaryColor.isPresent() && !isValidPrimaryColor(primaryColor.get())) {
            throw new IllegalArgumentException("A primary colour is written #rrggbb in hexadecimal digits");
        }
        if (supportEmail.isPresent() && !isValidSupportEmail(supportEmail.get())) {
            throw new IllegalArgumentException("A support address is a valid email address of at most "
                    + MAX_SUPPORT_EMAIL_LENGTH + " characters");
        }
        primaryColor = primaryColor.map(color -> color.toLowerCase(Locale.ROOT));
        supportEmail = supportEmail.map(EmailSyntax::normalise);
    }

    /** No logo, the default colours, no support address. */
    public static TenantLook none() {
        return new TenantLook(Optional.empty(), Optional.empty(), Optional.empty());
    }

    public TenantLook withLogoUrl(Optional<String> logoUrl) {
        return new TenantLook(logoUrl, primaryColor, supportEmail);
    }

    public TenantLook withPrimaryColor(Optional<String> primaryColor) {
        return new TenantLook(logoUrl, primaryColor, supportEmail);
    }

    public TenantLook withSupportEmail(Optional<String> supportEmail) {
        return new TenantLook(logoUrl, primaryColor, supportEmail);
    }

    /** Where the logo is loaded from, as {@code scheme://host[:port]}: what a page's {@code img-src} must allow. */
    public Optional<String> logoOrigin() {
        return logoUrl.map(url -> WebAddresses.originOf(URI.create(url)));
    }

    public static boolean isValidLogoUrl(String candidate) {
        if (candidate == null || containsAny(candidate, "\"'<>`")) {
            return false;
        }
        return WebAddresses.parseHttp(candidate, MAX_LOGO_URL_LENGTH)
                .filter(uri -> {
                    String host = uri.getHost().toLowerCase(Locale.ROOT);
                    return uri.getScheme().equalsIgnoreCase("https")
                            || host.equals("localhost")
                            || host.equals("127.0.0.1");
                })
                .isPresent();
    }

    public static boolean isValidPrimaryColor(String candidate) {
        return candidate != null && COLOR.matcher(candidate).matches();
    }

    public static boolean isValidSupportEmail(String candidate) {
        return EmailSyntax.isValid(candidate);
    }

    private static boolean containsAny(String text, String characters) {
        return text.chars().anyMatch(c -> characters.indexOf(c) >= 0);
    }
}
