package dev.latchkey.server;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The customer pages under {@code /ui/<tenant>}, driven over HTTP like a browser with cookies. */
class PagesIT {

    private static final String PASSWORD = "correct horse battery";

    @TempDir
    Path dataDir;

    private RunningLatchkey latchkey;
    private PageVisitor browser;

    @BeforeEach
    void start() {
        latchkey = RunningLatchkey.withSmtp(dataDir);
        browser = new PageVisitor(latchkey.http.baseUrl());
    }

    @AfterEach
    void stop() {
        latchkey.close();
    }

    @Test
    void signupActivationLoginProfileAndLogoutThroughTheForms() throws Exception {
        String email = "ada@example.test";
        HttpResponse<String> signup = browser.submit("/ui/demo/signup", Map.of("email", email, "password", PASSWORD));
        assertThat(signup.statusCode()).isEqualTo(200);
        assertThat(signup.body()).contains("Check your mailbox");

        MimeMessage activation = latchkey.awaitMails(email, 1).get(0);
        String token = RunningLatchkey.tokenIn(activation);
        HttpResponse<String> optinPage = browser.open("/ui/demo/optin?token=" + token);
        assertThat(optinPage.statusCode()).isEqualTo(200);
        assertThat(optinPage.body()).contains("Activate my account").contains("name=\"token\" value=\"" + token + "\"");
        assertThat(optinPage.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(latchkey.login(email, PASSWORD).body())
                .as("the GET changed nothing")
                .contains("LK201");

        HttpResponse<String> activated = browser.submit("/ui/demo/optin", Map.of("token", token));
        assertThat(activated.statusCode()).isEqualTo(303);
        assertThat(activated.headers().firstValue("Location")).hasValue("/ui/demo/profile");
        assertThat(latchkey.login(email, PASSWORD).status()).isEqualTo(200);
        assertThat(browser.get("/ui/demo/profile").body())
                .contains("Signed in as")
                .contains(email);

        assertThat(browser.submit("/ui/demo/logout", Map.of()).body()).contains("You are signed out");
        HttpResponse<String> afterLogout = browser.get("/ui/demo/profile");
        assertThat(afterLogout.statusCode()).isEqualTo(303);
        assertThat(afterLogout.headers().firstValue("Location")).hasValue("/ui/demo/login?return_to=/ui/demo/profile");

        HttpResponse<String> login = browser.submit("/ui/demo/login", Map.of("email", email, "password", PASSWORD));
        assertThat(login.statusCode()).isEqualTo(303);
        assertThat(login.headers().firstValue("Location")).hasValue("/ui/demo/profile");
        assertThat(browser.get("/ui/demo/profile").body()).contains(email);

        assertThat(browser.get("/ui/demo/logout").body()).contains("Sign out");
        assertThat(browser.submit("/ui/demo/logout", Map.of()).statusCode()).isEqualTo(200);
        assertThat(browser.get("/ui/demo/profile").statusCode()).isEqualTo(303);
    }

    @Test
    void theActivationLinkOpenedTwiceByAMailScannerStillActivatesOnce() throws Exception {
        String email = "scanner@example.test";
        browser.submit("/ui/demo/signup", Map.of("email", email, "password", PASSWORD));
        String token = RunningLatchkey.tokenIn(latchkey.awaitMails(email, 1).get(0));
        new PageVisitor(latchkey.http.baseUrl()).open("/ui/demo/optin?token=" + token);
        browser.open("/ui/demo/optin?token=" + token);
        assertThat(latchkey.login(email, PASSWORD).body()).contains("LK201");
        assertThat(browser.submit("/ui/demo/optin", Map.of("token", token)).statusCode())
                .isEqualTo(303);
        assertThat(new PageVisitor(latchkey.http.baseUrl())
                        .submit("/ui/demo/optin", Map.of("token", token))
                        .body())
                .contains("not valid any more");
    }

    @Test
    void aWrongPasswordIsShownNextToThePasswordField() throws Exception {
        latchkey.signUpAndActivate("bob@example.test", PASSWORD);
        HttpResponse<String> login =
                browser.submit("/ui/demo/login", Map.of("email", "bob@example.test", "password", "not the password"));
        assertThat(login.statusCode()).isEqualTo(401);
        assertThat(login.body())
                .contains("aria-describedby=\"password-error\"")
                .contains("id=\"password-error\">The email address or the password is wrong.")
                .contains("value=\"bob@example.test\"")
                .doesNotContain("not the password");
        assertThat(login.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("lk_session="));
    }

    @Test
    void pastTheThrottleEvenTheRightPasswordIsRefusedWithAPlainWait() throws Exception {
        String email = "gus@example.test";
        latchkey.signUpAndActivate(email, PASSWORD);
        for (int i = 0; i < 5; i++) {
            assertThat(browser.submit("/ui/demo/login", Map.of("email", email, "password", "wrong password " + i))
                            .statusCode())
                    .isEqualTo(401);
        }
        HttpResponse<String> throttled = browser.submit("/ui/demo/login", Map.of("email", email, "password", PASSWORD));
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
        assertThat(throttled.body())
                .contains("aria-describedby=\"password-error\"")
                .containsPattern("Too many failed attempts\\. Please wait \\d+ (seconds?|minutes?) and try again\\.");
        assertThat(throttled.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("lk_session="));
    }

    @Test
    void cookiesAreSecureWhenThePublicUrlIsHttps(@TempDir Path otherDir) throws Exception {
        try (RunningLatchkey https =
                RunningLatchkey.withSmtp(otherDir, Map.of("LATCHKEY_PUBLIC_URL", "https://shop.example.test"))) {
            PageVisitor visitor = new PageVisitor(https.http.baseUrl());
            HttpResponse<String> page = visitor.get("/ui/demo/login");
            assertThat(page.headers().allValues("Set-Cookie"))
                    .anyMatch(cookie -> cookie.startsWith("lk_csrf=") && cookie.contains("; Secure"));
            https.signUpAndActivate("hal@example.test", PASSWORD);
            // a browser sends Secure cookies only over https; this test talks plain http, so it sends the cookie itself
            HttpResponse<String> login = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build()
                    .send(
                            HttpRequest.newBuilder(URI.create(https.http.baseUrl() + "/ui/demo/login"))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .header("Cookie", "lk_csrf=" + visitor.csrf)
                                    .POST(HttpRequest.BodyPublishers.ofString("email=hal%40example.test&password="
                                            + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&csrf="
                                            + visitor.csrf))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(303);
            assertThat(login.headers().allValues("Set-Cookie"))
                    .anyMatch(cookie -> cookie.startsWith("lk_session=")
                            && cookie.contains("HttpOnly")
                            && cookie.contains("SameSite=Lax")
                            && cookie.contains("; Secure"));
        }
    }

    @Test
    void aRejectedPasswordAtSignupIsExplainedInPlainWords() throws Exception {
        HttpResponse<String> signup =
                browser.submit("/ui/demo/signup", Map.of("email", "cy@example.test", "password", "short"));
        assertThat(signup.statusCode()).isEqualTo(400);
        assertThat(signup.body())
                .contains("aria-describedby=\"password-error\"")
                .contains("Use at least 8 characters.");
    }

    @Test
    void aPostWithoutOrWithAWrongCsrfTokenIsForbidden() throws Exception {
        browser.get("/ui/demo/login");
        String form = "email=ada%40example.test&password=whatever";
        assertThat(browser.post("/ui/demo/login", form).statusCode()).isEqualTo(403);
        assertThat(browser.post("/ui/demo/login", form + "&csrf=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
                        .statusCode())
                .isEqualTo(403);
        PageVisitor stranger = new PageVisitor(latchkey.http.baseUrl());
        assertThat(stranger.post(
                                "/ui/demo/signup", "email=x%40example.test&password=whatever12345&csrf=" + browser.csrf)
                        .statusCode())
                .as("a token without its cookie")
                .isEqualTo(403);
    }

    @Test
    void pagesSendTheirSecurityHeadersAndCookieFlags() throws Exception {
        HttpResponse<String> page = browser.get("/ui/demo/login");
        assertThat(page.statusCode()).isEqualTo(200);
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy)
                .contains("default-src 'none'")
                .contains("style-src 'self'")
                .contains("frame-ancestors 'none'")
                .contains("form-action 'self'")
                .contains("base-uri 'none'")
                .contains("script-src 'self'")
                .doesNotContain("unsafe-inline");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(page.body())
                .doesNotContain("<script>")
                .doesNotContain("style=")
                .contains("<label for=\"email\"");
        String csrfCookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("lk_csrf="))
                .findFirst()
                .orElseThrow();
        assertThat(csrfCookie)
                .contains("HttpOnly")
                .contains("SameSite=Lax")
                .contains("Path=/ui/demo")
                .doesNotContain("Secure");

        latchkey.signUpAndActivate("dee@example.test", PASSWORD);
        HttpResponse<String> login =
                browser.submit("/ui/demo/login", Map.of("email", "dee@example.test", "password", PASSWORD));
        String session = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("lk_session="))
                .findFirst()
                .orElseThrow();
        assertThat(session).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/ui/demo");
        assertThat(login.headers().allValues("Set-Cookie"))
                .as("a new CSRF token at login")
                .anyMatch(c -> c.startsWith("lk_csrf=") && !c.startsWith("lk_csrf=" + browser.csrfBeforeLastPost));

        HttpResponse<String> reset = browser.get("/ui/demo/password/reset?token=abc");
        assertThat(reset.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(reset.headers().firstValue("Cache-Control")).hasValue("no-store");

        HttpResponse<String> css = browser.get("/ui/assets/latchkey.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
        assertThat(css.body()).contains(":focus-visible");
    }

    @Test
    void anUnknownTenantIsANotFoundPage() throws Exception {
        HttpResponse<String> page = browser.get("/ui/nosuch/login");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Page not found");
    }

    @Test
    void returnToIsFollowedOnlyWithinTheTenantsPages() throws Exception {
        latchkey.signUpAndActivate("eve@example.test", PASSWORD);
        browser.get("/ui/demo/login?return_to=https://evil.example/steal");
        HttpResponse<String> login = browser.submit(
                "/ui/demo/login",
                Map.of("email", "eve@example.test", "password", PASSWORD, "return_to", "https://evil.example/steal"));
        assertThat(login.headers().firstValue("Location")).hasValue("/ui/demo/profile");
        browser.submit("/ui/demo/logout", Map.of());
        HttpResponse<String> inside = browser.submit(
                "/ui/demo/login",
                Map.of("email", "eve@example.test", "password", PASSWORD, "return_to", "/ui/demo/logout"));
        assertThat(inside.headers().firstValue("Location")).hasValue("/ui/demo/logout");
    }

    @Test
    void forgotPasswordMailsALinkWhoseFormSetsTheNewPassword() throws Exception {
        String email = "fay@example.test";
        latchkey.signUpAndActivate(email, PASSWORD);
        int before = latchkey.mailsTo(email).size();
        HttpResponse<String> forgot = browser.submit("/ui/demo/password/forgot", Map.of("email", email));
        assertThat(forgot.statusCode()).isEqualTo(200);
        assertThat(forgot.body()).contains("Check your mailbox");
        String token =
                RunningLatchkey.tokenIn(latchkey.awaitMails(email, before + 1).get(before));

        HttpResponse<String> form = browser.open("/ui/demo/password/reset?token=" + token);
        assertThat(form.body()).contains("name=\"token\" value=\"" + token + "\"");
        String newPassword = "a brand new passphrase";
        HttpResponse<String> differ = browser.submit(
                "/ui/demo/password/reset",
                Map.of("token", token, "password", newPassword, "passwordVerify", "something else entirely"));
        assertThat(differ.statusCode()).isEqualTo(400);
        assertThat(differ.body())
                .contains("aria-describedby=\"passwordVerify-error\"")
                .contains("not the same");

        HttpResponse<String> reset = browser.submit(
                "/ui/demo/password/reset",
                Map.of("token", token, "password", newPassword, "passwordVerify", newPassword));
        assertThat(reset.statusCode()).isEqualTo(200);
        assertThat(reset.body()).contains("Password changed");

        HttpResponse<String> oldLogin = browser.submit("/ui/demo/login", Map.of("email", email, "password", PASSWORD));
        assertThat(oldLogin.statusCode()).isEqualTo(401);
        HttpResponse<String> login = browser.submit("/ui/demo/login", Map.of("email", email, "password", newPassword));
        assertThat(login.statusCode()).isEqualTo(303);
        assertThat(browser.get("/ui/demo/profile").body()).contains(email);
    }

    @Test
    void theScriptAsksThePagesOwnPolicyCheckWhileANewPasswordIsTyped() throws Exception {
        HttpResponse<String> script = browser.get("/ui/assets/latchkey.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/javascript");
        assertThat(browser.get("/ui/demo/signup").body())
                .contains("<script src=\"/ui/assets/latchkey.js\" defer></script>");

        HttpResponse<String> weak =
                browser.submit("/ui/demo/password/check", Map.of("email", "ivy@example.test", "password", "ivy12"));
        assertThat(weak.statusCode()).isEqualTo(200);
        assertThat(weak.body())
                .contains("\"ok\":false")
                .contains("Use at least 8 characters.")
                .contains("Do not use the part of your email address before the @.");
        assertThat(browser.submit("/ui/demo/password/check", Map.of("password", "a long and unusual passphrase"))
                        .body())
                .contains("\"ok\":true");
        assertThat(new PageVisitor(latchkey.http.baseUrl())
                        .post("/ui/demo/password/check", "password=x")
                        .statusCode())
                .as("only with the page's CSRF token")
                .isEqualTo(403);
    }

    @Test
    void aShopsLookAndReturnUrlsComeFromItsConfiguration(@TempDir Path otherDir) throws Exception {
        try (RunningLatchkey shop = RunningLatchkey.withSmtp(
                otherDir,
                Map.of(
                        "LATCHKEY_TENANT_DISPLAY_NAME", "Green Grocer",
                        "LATCHKEY_TENANT_PRIMARY_COLOR", "#0A7D38",
                        "LATCHKEY_TENANT_LOGO_URL", "https://cdn.shop.example/logo.png",
                        "LATCHKEY_TENANT_SUPPORT_EMAIL", "help@shop.example",
                        "LATCHKEY_TENANT_RETURN_URLS", "https://shop.example/account"))) {
            PageVisitor visitor = new PageVisitor(shop.http.baseUrl());
            HttpResponse<String> page = visitor.get("/ui/demo/login?return_to=https://shop.example/account/orders");
            assertThat(page.body())
                    .contains("Green Grocer")
                    .contains("<img class=\"shop-logo\" src=\"https://cdn.shop.example/logo.png\"")
                    .contains("href=\"/ui/demo/theme.css?v=0a7d38\"")
                    .contains("mailto:help@shop.example")
                    .contains("name=\"return_to\" value=\"https://shop.example/account/orders\"");
            assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                    .contains("form-action 'self' https://shop.example;");
            HttpResponse<String> theme = visitor.get("/ui/demo/theme.css?v=0a7d38");
            assertThat(theme.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
            assertThat(theme.body()).contains("--lk-primary: #0a7d38;").contains("--lk-on-primary: #ffffff;");

            shop.signUpAndActivate("jo@example.test", PASSWORD);
            HttpResponse<String> toShop = visitor.submit(
                    "/ui/demo/login",
                    Map.of(
                            "email",
                            "jo@example.test",
                            "password",
                            PASSWORD,
                            "return_to",
                            "https://shop.example/account/orders"));
            assertThat(toShop.headers().firstValue("Location")).hasValue("https://shop.example/account/orders");
            visitor.submit("/ui/demo/logout", Map.of());
            for (String hostile : new String[] {
                "https://shop.example.evil.test/account",
                "https://shop.example@evil.test/account",
                "//evil.test/account",
                "https://shop.example/accounts",
                "javascript:alert(1)"
            }) {
                HttpResponse<String> login = visitor.submit(
                        "/ui/demo/login",
                        Map.of("email", "jo@example.test", "password", PASSWORD, "return_to", hostile));
                assertThat(login.headers().firstValue("Location")).as(hostile).hasValue("/ui/demo/profile");
                visitor.submit("/ui/demo/logout", Map.of());
            }
        }
    }
}
