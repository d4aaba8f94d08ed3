package dev.latchkey.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.server.RunningLatchkey;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The customer pages under {@code /ui/demo} in a real headless Chromium, against the whole
 * application with a GreenMail mail server: the links come out of the mails as a customer gets them.
 * Every page visited is saved as a screenshot under {@code server/target/screenshots}.
 */
class PagesBrowserIT {

    private static final Pattern MAIL_LINK = Pattern.compile("https?://\\S+[?&]token=[A-Za-z0-9_%-]+");
    private static final String PASSWORD = "correct horse battery";
    private static final String CSP_VIOLATION = "Content Security Policy";

    @TempDir
    static Path dataDir;
    private static Browser browser;
    private static RunningLatchkey latchkey;
    private static String base;

    @BeforeAll
    static void start() {
        if (!Browser.installed()) {
            return; // every test is then reported as skipped, with the command that installs the browser
        }
        browser = Browser.start();
        // the links in the mails point at the public URL: it must be the address the browser uses
        int port = freePort();
        base = "http://127.0.0.1:" + port;
        latchkey = RunningLatchkey.withSmtp(dataDir, Map.of(
                "LATCHKEY_HTTP_PORT", Integer.toString(port),
                "LATCHKEY_PUBLIC_URL", base));
    }

    @AfterAll
    static void stop() {
        try {
            if (latchkey != null) {
                latchkey.close();
            }
        } finally {
            if (browser != null) {
                browser.close();
            }
        }
    }

    @BeforeEach
    void newVisitor() {
        Browser.assumeInstalled();
        browser.clearCookies();
        browser.console();
    }

    @Test
    void aCustomerSignsUpActivatesSignsOutResetsThePasswordAndSignsInAgain() {
        String email = "ada@example.test";

        browser.open(base + "/ui/demo/signup");
        assertThat(browser.status()).isEqualTo(200);
        browser.screenshot("signup");
        browser.fill("email", email);
        browser.fill("password", PASSWORD);
        browser.submit("/ui/demo/signup");
        assertThat(browser.status()).isEqualTo(200);
        assertThat(browser.hasForm("/ui/demo/signup")).as("the form gave way to the answer").isFalse();
        browser.screenshot("signup-sent");

        String activation = linkIn(latchkey.awaitMails(email, 1).get(0));
        assertThat(activation).startsWith(base + "/ui/demo/optin?token=");
        browser.open(activation);
        assertThat(browser.status()).isEqualTo(200);
        browser.screenshot("optin");
        browser.submit("/ui/demo/optin");
        assertThat(browser.url()).isEqualTo(base + "/ui/demo/profile");
        assertThat(browser.text(".email")).isEqualTo(email);
        browser.screenshot("profile");

        browser.submit("/ui/demo/logout");
        assertThat(browser.status()).isEqualTo(200);
        assertThat(browser.hasForm("/ui/demo/logout")).isFalse();
        browser.screenshot("logged-out");
        browser.open(base + "/ui/demo/profile");
        assertThat(browser.url()).as("signed out, the profile sends to the sign-in page").isEqualTo(base + "/ui/demo/login");

        browser.open(base + "/ui/demo/password/forgot");
        browser.screenshot("forgot");
        browser.fill("email", email);
        browser.submit("/ui/demo/password/forgot");
        assertThat(browser.status()).isEqualTo(200);
        assertThat(browser.hasForm("/ui/demo/password/forgot")).isFalse();
        browser.screenshot("forgot-sent");

        String reset = linkIn(latchkey.awaitMails(email, 2).get(1));
        assertThat(reset).startsWith(base + "/ui/demo/password/reset?token=");
        browser.open(reset);
        assertThat(browser.status()).isEqualTo(200);
        browser.screenshot("reset");
        String newPassword = "a brand new passphrase";
        browser.fill("password", newPassword);
        browser.fill("passwordVerify", newPassword);
        browser.submit("/ui/demo/password/reset");
        assertThat(browser.status()).isEqualTo(200);
        assertThat(browser.hasForm("/ui/demo/password/reset")).isFalse();
        browser.screenshot("reset-done");

        browser.open(base + "/ui/demo/login");
        browser.screenshot("login");
        browser.fill("email", email);
        browser.fill("password", newPassword);
        browser.submit("/ui/demo/login");
        assertThat(browser.url()).isEqualTo(base + "/ui/demo/profile");
        assertThat(browser.text(".email")).isEqualTo(email);

        assertThat(browser.console()).noneMatch(message -> message.contains(CSP_VIOLATION));
    }

    @Test
    void aWrongPasswordMarksThePasswordFieldAndPointsItAtTheMessage() {
        String email = "bob@example.test";
        latchkey.signUpAndActivate(email, PASSWORD);

        browser.open(base + "/ui/demo/login");
        browser.fill("email", email);
        browser.fill("password", "not the password");
        browser.submit("/ui/demo/login");
        assertThat(browser.status()).isEqualTo(401);
        assertThat(browser.url()).isEqualTo(base + "/ui/demo/login");
        assertThat(browser.attribute("#password", "aria-invalid")).isEqualTo("true");
        String describedBy = browser.attribute("#password", "aria-describedby");
        assertThat(describedBy).isNotBlank();
        assertThat(browser.isDisplayed("#" + describedBy)).as("the element #%s describing the field", describedBy).isTrue();
        assertThat(browser.text("#" + describedBy)).isNotBlank();
        assertThat(browser.value("email")).isEqualTo(email);
        assertThat(browser.value("password")).isEmpty();
        browser.screenshot("login-error");

        assertThat(browser.console()).noneMatch(message -> message.contains(CSP_VIOLATION));
    }

    @Test
    void anUnknownTenantShowsTheNotFoundPage() {
        browser.open(base + "/ui/nosuch/login");
        browser.screenshot("not-found-tenant");
        assertNotFoundPage();
    }

    @Test
    void anUnknownPageUnderTheTenantShowsTheNotFoundPage() {
        browser.open(base + "/ui/demo/nothing");
        browser.screenshot("not-found");
        assertNotFoundPage();
    }

    private static void assertNotFoundPage() {
        assertThat(browser.status()).isEqualTo(404);
        assertThat(browser.has("link[rel=stylesheet][href='/ui/assets/latchkey.css']")).as("a page, not a bare error").isTrue();
        assertThat(browser.text("main h1")).isNotBlank();
        assertThat(browser.console()).noneMatch(message -> message.contains(CSP_VIOLATION));
    }

    @Test
    void noPageLoadsAResourceThatTheContentSecurityPolicyBlocks() {
        for (String page : new String[] {"/ui/demo/login", "/ui/demo/signup", "/ui/demo/password/forgot",
                "/ui/demo/password/reset?token=abc", "/ui/demo/optin?token=abc", "/ui/demo/logout", "/ui/nosuch/login"}) {
            browser.open(base + page);
            assertThat(browser.has("main h1")).as(page).isTrue();
            assertThat(browser.script("return Array.from(document.styleSheets).some(sheet => sheet.href !== null"
                    + " && sheet.href.endsWith('/ui/assets/latchkey.css') && sheet.cssRules.length > 0)"))
                    .as("the stylesheet of %s was applied", page).isEqualTo(true);
        }
        assertThat(browser.console()).noneMatch(message -> message.contains(CSP_VIOLATION));

        // the console is really read: an inline style, which the policy forbids, is reported there
        browser.script("const style = document.createElement('style'); style.textContent = 'body {}';"
                + " document.head.appendChild(style);");
        assertThat(browser.console()).anyMatch(message -> message.contains(CSP_VIOLATION));
    }

    private static String linkIn(MimeMessage mail) {
        Matcher matcher = MAIL_LINK.matcher(RunningLatchkey.plainText(mail));
        assertThat(matcher.find()).as("a link with a token in the mail").isTrue();
        return matcher.group();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
