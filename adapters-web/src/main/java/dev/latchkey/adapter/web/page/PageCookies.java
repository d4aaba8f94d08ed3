package dev.latchkey.adapter.web.page;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The cookies of the customer pages, all {@code HttpOnly; SameSite=Lax}: the session (the
 * customer access token from login) and the CSRF token, which every form repeats in a hidden
 * field (double submit, compared in constant time), both scoped to {@code /ui/<tenant>}; the
 * chosen language; and a mailed link's token, scoped to the one page it belongs to, so that the
 * token leaves the address bar before the page loads anything.
 */
final class PageCookies {

    static final String SESSION = "lk_session";
    static final String CSRF = "lk_csrf";
    static final String LANGUAGE = "lk_lang";
    static final String LINK = "lk_link";
    static final String CSRF_FIELD = "csrf";
    /** How long a page session may stay unused before the browser drops it. */
    static final Duration IDLE_TIMEOUT = Duration.ofMinutes(30);

    private static final Duration LINK_HAND_OFF = Duration.ofMinutes(15);
    private static final long LANGUAGE_SECONDS = Duration.ofDays(365).toSeconds();
    private static final Pattern TOKEN_SHAPE = Pattern.compile("^[A-Za-z0-9_-]{43}$");
    private static final Pattern BEARER_SHAPE = Pattern.compile("^[A-Za-z0-9_-]{16,512}$");
    private static final Pattern LINK_SHAPE = Pattern.compile("^[A-Za-z0-9_-]{16,512}$");

    private final boolean secure;
    private final SecureRandom random = new SecureRandom();

    PageCookies(boolean secure) {
        this.secure = secure;
    }

    /** The CSRF token of this browser, made and set now when it has none yet. */
    String csrfToken(Context ctx, String tenant) {
        String present = ctx.cookie(CSRF);
        if (present != null && TOKEN_SHAPE.matcher(present).matches()) {
            return present;
        }
        return newCsrfToken(ctx, tenant);
    }

    /** Replaces the CSRF token, as at login and logout, so a token planted before does not carry over. */
    String newCsrfToken(Context ctx, String tenant) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ctx.attribute(CSRF, token);
        set(ctx, tenantPath(tenant), CSRF, token, -1);
        return token;
    }

    /** The CSRF token the page being rendered must carry: the one set during this request, if any. */
    String currentCsrfToken(Context ctx, String tenant) {
        String setNow = ctx.attribute(CSRF);
        return setNow != null ? setNow : csrfToken(ctx, tenant);
    }

    /** True only when the form's token equals the cookie's, compared in constant time. */
    boolean csrfValid(Context ctx) {
        String cookie = ctx.cookie(CSRF);
        String field = ctx.formParam(CSRF_FIELD);
        if (cookie == null || field == null || !TOKEN_SHAPE.matcher(cookie).matches()) {
            return false;
        }
        return MessageDigest.isEqual(
                cookie.getBytes(StandardCharsets.US_ASCII), field.getBytes(StandardCharsets.UTF_8));
    }

    Optional<String> session(Context ctx) {
        return Optional.ofNullable(ctx.cookie(SESSION))
                .filter(value -> BEARER_SHAPE.matcher(value).matches());
    }

    /**
     * Sets the session cookie for the idle timeout, or less when the token ends sooner; every
     * signed-in page view sets it again, so only an unused session runs out early.
     */
    void keepSession(Context ctx, String tenant, String accessToken, Duration tokenLeft) {
        long seconds = Math.max(0, Math.min(IDLE_TIMEOUT.toSeconds(), tokenLeft.toSeconds()));
        set(ctx, tenantPath(tenant), SESSION, accessToken, seconds);
    }

    void endSession(Context ctx, String tenant) {
        set(ctx, tenantPath(tenant), SESSION, "", 0);
    }

    Optional<String> language(Context ctx) {
        return Optional.ofNullable(ctx.cookie(LANGUAGE));
    }

    void chooseLanguage(Context ctx, String tenant, String code) {
        set(ctx, tenantPath(tenant), LANGUAGE, code, LANGUAGE_SECONDS);
    }

    /** Keeps a mailed link's token for the page at {@code path} only. */
    void handOffLinkToken(Context ctx, String path, String token) {
        set(ctx, path, LINK, token, LINK_HAND_OFF.toSeconds());
    }

    Optional<String> linkToken(Context ctx) {
        return Optional.ofNullable(ctx.cookie(LINK))
                .filter(value -> LINK_SHAPE.matcher(value).matches());
    }

    void dropLinkToken(Context ctx, String path) {
        set(ctx, path, LINK, "", 0);
    }

    private static String tenantPath(String tenant) {
        return "/ui/" + tenant;
    }

    private void set(Context ctx, String path, String name, String value, long maxAgeSeconds) {
        StringBuilder cookie = new StringBuilder(name)
                .append('=')
                .append(value)
                .append("; Path=")
                .append(path)
                .append("; HttpOnly; SameSite=Lax");
        if (maxAgeSeconds >= 0) {
            cookie.append("; Max-Age=").append(maxAgeSeconds);
        }
        if (secure) {
            cookie.append("; Secure");
        }
        ctx.res().addHeader("Set-Cookie", cookie.toString());
    }
}
