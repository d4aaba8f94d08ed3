package dev.latchkey.domain.tenant;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How long a tenant's tokens live, where the links in its mails point, and where its pages may send
 * a customer back to.
 *
 * @param linkBase           base URL of emailed links; empty means the service's public URL
 * @param allowedReturnUrls  the shop's addresses a page may send a customer back to (see {@link #allowsReturnTo})
 * @param refreshReuseWindow how long after its rotation a refresh token presented again gets another new pair for its
 *                           session (a retried request, a second tab) instead of ending the session; zero: never
 */
public record TenantSettings(
        Duration anonymousTokenLifetime,
        Duration accessTokenLifetime,
        Duration refreshTokenLifetime,
        Duration serviceTokenLifetime,
        Duration activationTokenLifetime,
        Optional<String> linkBase,
        List<String> allowedReturnUrls,
        Duration refreshReuseWindow) {

    public static final Duration DEFAULT_REFRESH_REUSE_WINDOW = Duration.ofSeconds(10);
    /** A longer window would let a stolen refresh token be used alongside its owner's for too long. */
    public static final Duration MAX_REFRESH_REUSE_WINDOW = Duration.ofMinutes(5);

    public static final int MAX_LINK_BASE_LENGTH = 500;
    public static final int MAX_RETURN_URLS = 20;
    public static final int MAX_RETURN_URL_LENGTH = 500;
    /** Longer return addresses are refused without a look. */
    public static final int MAX_RETURN_CANDIDATE_LENGTH = 2048;

    public TenantSettings {
        requirePositive(anonymousTokenLifetime, "anonymousTokenLifetime");
        requirePositive(accessTokenLifetime, "accessTokenLifetime");
        requirePositive(refreshTokenLifetime, "refreshTokenLifetime");
        requirePositive(serviceTokenLifetime, "serviceTokenLifetime");
        requirePositive(activationTokenLifetime, "activationTokenLifetime");
        Objects.requireNonNull(linkBase, "linkBase");
        Objects.requireNonNull(allowedReturnUrls, "allowedReturnUrls");
        if (linkBase.isPresent() && !isValidLinkBase(linkBase.get())) {
            throw new IllegalArgumentException("A link base is an absolute http(s) URL of at most "
                    + MAX_LINK_BASE_LENGTH + " characters without user information, query or fragment");
        }
        if (allowedReturnUrls.size() > MAX_RETURN_URLS) {
            throw new IllegalArgumentException("A tenant allows at most " + MAX_RETURN_URLS + " return URLs");
        }
        for (String url : allowedReturnUrls) {
            if (!isValidReturnUrl(url)) {
                throw new IllegalArgumentException("An allowed return URL is an absolute http(s) URL of at most "
                        + MAX_RETURN_URL_LENGTH + " characters without user information, query or fragment");
            }
        }
        allowedReturnUrls = List.copyOf(allowedReturnUrls);
        if (!isValidRefreshReuseWindow(refreshReuseWindow)) {
            throw new IllegalArgumentException(
                    "A refresh reuse window is from 0 to " + MAX_REFRESH_REUSE_WINDOW.toSeconds() + " seconds");
        }
    }

    /** The lifetimes, link base and return URLs given, with the default refresh reuse window. */
    public TenantSettings(
            Duration anonymousTokenLifetime,
            Duration accessTokenLifetime,
            Duration refreshTokenLifetime,
            Duration serviceTokenLifetime,
            Duration activationTokenLifetime,
            Optional<String> linkBase,
            List<String> allowedReturnUrls) {
        this(
                anonymousTokenLifetime,
                accessTokenLifetime,
                refreshTokenLifetime,
                serviceTokenLifetime,
                activationTokenLifetime,
                linkBase,
                allowedReturnUrls,
                DEFAULT_REFRESH_REUSE_WINDOW);
    }

    public static boolean isValidRefreshReuseWindow(Duration window) {
        return window != null
                && !window.isNegative()
                && window.compareTo(MAX_REFRESH_REUSE_WINDOW) <= 0
                && window.getNano() == 0;
    }

    public static TenantSettings defaults() {
        return new TenantSettings(
                Duration.ofHours(1),
                Duration.ofHours(1),
                Duration.ofDays(30),
                Duration.ofHours(1),
                Duration.ofHours(48),
                Optional.empty(),
                List.of(),
                DEFAULT_REFRESH_REUSE_WINDOW);
    }

    public Duration lifetime(TokenLifetime which) {
        return switch (which) {
            case ANONYMOUS -> anonymousTokenLifetime;
            case ACCESS -> accessTokenLifetime;
            case REFRESH -> refreshTokenLifetime;
            case SERVICE -> serviceTokenLifetime;
            case ACTIVATION -> activationTokenLifetime;
        };
    }

    public TenantSettings withLifetime(TokenLifetime which, Duration lifetime) {
        return new TenantSettings(
                which == TokenLifetime.ANONYMOUS ? lifetime : anonymousTokenLifetime,
                which == TokenLifetime.ACCESS ? lifetime : accessTokenLifetime,
                which == TokenLifetime.REFRESH ? lifetime : refreshTokenLifetime,
                which == TokenLifetime.SERVICE ? lifetime : serviceTokenLifetime,
                which == TokenLifetime.ACTIVATION ? lifetime : activationTokenLifetime,
                linkBase,
                allowedReturnUrls,
                refreshReuseWindow);
    }

    public TenantSettings withLinkBase(Optional<String> linkBase) {
        return new TenantSettings(
                anonymousTokenLifetime,
                accessTokenLifetime,
                refreshTokenLifetime,
                serviceTokenLifetime,
                activationTokenLifetime,
                linkBase,
                allowedReturnUrls,
                refreshReuseWindow);
    }

    public TenantSettings withAllowedReturnUrls(List<String> allowedReturnUrls) {
        return new TenantSettings(
                anonymousTokenLifetime,
                accessTokenLifetime,
                refreshTokenLifetime,
                serviceTokenLifetime,
                activationTokenLifetime,
                linkBase,
                allowedReturnUrls,
                refreshReuseWindow);
    }

    public TenantSettings withRefreshReuseWindow(Duration refreshReuseWindow) {
        return new TenantSettings(
                anonymousTokenLifetime,
                accessTokenLifetime,
                refreshTokenLifetime,
                serviceTokenLifetime,
                activationTokenLifetime,
                linkBase,
                allowedReturnUrls,
                refreshReuseWindow);
    }

    /**
     * True only when {@code candidate} is an absolute http(s) URL with the scheme, host (in any
     * letter case) and port of an allowed return URL, and a path inside that URL's path: equal to
     * it, or below it at a {@code /}. An address with user information, a backslash, a space or
     * control character, a {@code .} or {@code ..} path segment, or no scheme or host is never allowed.
     */
    public boolean allowsReturnTo(String candidate) {
        Optional<URI> parsed = WebAddresses.parseHttp(candidate, MAX_RETURN_CANDIDATE_LENGTH);
        if (parsed.isEmpty() || WebAddresses.hasDotSegment(WebAddresses.pathOf(parsed.get()))) {
            return false;
        }
        URI target = parsed.get();
        return allowedReturnUrls.stream().map(URI::create).anyMatch(allowed -> isWithin(target, allowed));
    }

    /** {@code scheme://host[:port]} of each allowed return URL, in lower case: what a page's {@code form-action} must allow. */
    public Set<String> returnOrigins() {
        Set<String> origins = new LinkedHashSet<>();
        allowedReturnUrls.forEach(url -> origins.add(WebAddresses.originOf(URI.create(url))));
        return Collections.unmodifiableSet(origins);
    }

    public static boolean isValidLinkBase(String candidate) {
        return isPlainHttpUrl(candidate, MAX_LINK_BASE_LENGTH);
    }

    public static boolean isValidReturnUrl(String candidate) {
        return isPlainHttpUrl(candidate, MAX_RETURN_URL_LENGTH);
    }

    private static boolean isPlainHttpUrl(String candidate, int maxLength) {
        return WebAddresses.parseHttp(candidate, maxLength)
                .filter(uri -> uri.getRawQuery() == null && uri.getRawFragment() == null)
                .filter(uri -> !WebAddresses.hasDotSegment(WebAddresses.pathOf(uri)))
                .isPresent();
    }

    private static boolean isWithin(URI target, URI allowed) {
        if (!target.getScheme().equalsIgnoreCase(allowed.getScheme())
                || !target.getHost()
                        .toLowerCase(Locale.ROOT)
                        .equals(allowed.getHost().toLowerCase(Locale.ROOT))
                || WebAddresses.effectivePort(target) != WebAddresses.effectivePort(allowed)) {
            return false;
        }
        String path = WebAddresses.pathOf(target);
        String prefix = WebAddresses.pathOf(allowed);
        return path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/");
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration");
        }
    }
}
