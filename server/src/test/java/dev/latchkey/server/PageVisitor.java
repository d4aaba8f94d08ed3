package dev.latchkey.server;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser without script: keeps cookies, follows no redirect unless asked, and fills the CSRF field of the page it saw last. */
final class PageVisitor {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private final String baseUrl;
    private final HttpClient client;
    String csrf;
    String csrfBeforeLastPost;

    private final String userAgent;

    PageVisitor(String baseUrl) {
        this(baseUrl, "Latchkey page tests");
    }

    PageVisitor(String baseUrl, String userAgent) {
        this.baseUrl = baseUrl;
        this.userAgent = userAgent;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    HttpResponse<String> get(String path) throws Exception {
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create(baseUrl + path))
                        .header("User-Agent", userAgent)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        remember(response);
        return response;
    }

    /** Opens a page, following the redirect a mailed link's page answers with to drop its token from the address. */
    HttpResponse<String> open(String path) throws Exception {
        HttpResponse<String> response = get(path);
        if (response.statusCode() == 303) {
            return get(response.headers().firstValue("Location").orElseThrow());
        }
        return response;
    }

    /** Opens the form's page first, as a person would, then posts it with the page's CSRF token. */
    HttpResponse<String> submit(String path, Map<String, String> fields) throws Exception {
        if (csrf == null) {
            get(
                    path.startsWith("/ui/demo/optin") || path.startsWith("/ui/demo/password/reset")
                            ? "/ui/demo/login"
                            : path);
        }
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("csrf", csrf);
        return post(
                path,
                all.entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&")));
    }

    HttpResponse<String> post(String path, String form) throws Exception {
        csrfBeforeLastPost = csrf;
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create(baseUrl + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("User-Agent", userAgent)
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        remember(response);
        return response;
    }

    private void remember(HttpResponse<String> response) {
        Matcher matcher = CSRF.matcher(response.body());
        if (matcher.find()) {
            csrf = matcher.group(1);
        }
        List<String> cookies = response.headers().allValues("Set-Cookie");
        cookies.stream()
                .filter(c -> c.startsWith("lk_csrf="))
                .findFirst()
                .ifPresent(c -> csrf = c.substring("lk_csrf=".length(), c.indexOf(';')));
    }
}
