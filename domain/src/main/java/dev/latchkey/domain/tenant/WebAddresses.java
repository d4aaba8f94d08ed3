package dev.latchkey.domain.tenant;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Strict parsing of the absolute http(s) addresses a tenant's settings hold or are asked about. */
final class WebAddresses {

    private WebAddresses() {}

    /**
     * The address as a URI when it is an absolute http or https URL with a host and without user
     * information, written in printable ASCII without backslashes, and at most {@code maxLength}
     * characters long; empty otherwise.
     */
    static Optional<URI> parseHttp(String candidate, int maxLength) {
        if (candidate == null
                || candidate.isEmpty()
                || candidate.length() > maxLength
                || !isPrintableAscii(candidate)
                || candidate.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(candidate);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (uri.isOpaque() || uri.getScheme() == null || uri.getHost() == null || uri.getRawUserInfo() != null) {
            return Optional.empty();
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.empty();
        }
        return Optional.of(uri);
    }

    /** True when every character is printable ASCII: no space, no control character, nothing beyond {@code ~}. */
    static boolean isPrintableAscii(String text) {
        return text.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }

    /** True when a segment of the path is {@code .} or {@code ..}, also percent-encoded, which a browser would resolve. */
    static boolean hasDotSegment(String rawPath) {
        for (String segment : rawPath.split("/", -1)) {
            String decoded = segment.toLowerCase(Locale.ROOT).replace("%2e", ".");
            if (decoded.equals(".") || decoded.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** {@code scheme://host[:port]} in lower case, the port only when it is not the scheme's default. */
    static String originOf(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        return port < 0 || port == defaultPort(scheme) ? scheme + "://" + host : scheme + "://" + host + ":" + port;
    }

    /** The port a browser connects to: the given one, or the scheme's default. */
    static int effectivePort(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : defaultPort(uri.getScheme().toLowerCase(Locale.ROOT));
    }

    /** The raw path, with an empty one read as {@code /}. */
    static String pathOf(URI uri) {
        String path = uri.getRawPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    private static int defaultPort(String scheme) {
        return scheme.equals("https") ? 443 : 80;
    }
}
