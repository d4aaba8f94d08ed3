package dev.latchkey.adapter.web.page;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The two cookies of the customer pages, both {@code HttpOnly; SameSite=Lax} and scoped to
 * {@code /ui/<tenant>}: the session (the customer access token from login) and the CSRF token,
 * which every form repeats in a hidden field (double submit, compared in constant time).
 */
final class PageCookies {

    static final String SESSION = "lk_session";
    static final String CSRF = "lk_csrf";
    static final String CSRF_FIELD = "csrf";
    private static final Pattern TOKEN_SHAPE = Pattern.compile("^[A-Za-z0-9_-]{43}$");
    private static final Pattern BEARER_SHAPE = Pattern.compile("^[A-Za-z0-9_-]{16,512}$");

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
        set(ctx, tenant, CSRF, token, -1);
        return token;
    }

    /** True only when the form's token equals the cookie's, compared in constant time. */
    boolean csrfValid(Context ctx) {
        String cookie = ctx.cookie(CSRF);
        String field = ctx.formParam(CSRF_FIELD);
        if (cookie == null || field == null || !TOKEN_SHAPE.matcher(cookie).matches()) {
            return false;
        }
        return MessageDigest.isEqual(cookie.getBytes(StandardCharsets.US_ASCII), field.getBytes(StandardCharsets.UTF_8));
    }

    Optional<String> session(Context ctx) {
        return Optional.ofNullable(ctx.cookie(SESSION)).filter(value -> BEARER_SHAPE.matcher(value).matches());
    }

    void startSession(Context ctx, String tenant, String accessToken, long maxAgeSeconds) {
        set(ctx, tenant, SESSION, accessToken, maxAgeSeconds);
    }

    void endSession(Context ctx, String tenant) {
        set(ctx, tenant, SESSION, "", 0);
    }

    private void set(Context ctx, String tenant, String name, String value, long maxAgeSeconds) {
        StringBuilder cookie = new StringBuilder(name).append('=').append(value)
                .append("; Path=/ui/").append(tenant).append("; HttpOnly; SameSite=Lax");
        if (maxAgeSeconds >= 0) {
            cookie.append("; Max-Age=").append(maxAgeSeconds);
        }
        if (secure) {
            cookie.append("; Secure");
        }
        ctx.res().addHeader("Set-Cookie", cookie.toString());
    }
}
