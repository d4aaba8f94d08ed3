package dev.latchkey.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.server.RunningLatchkey;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The customer pages under {@code /ui/demo} in a real headless Chromium, against the whole
 * application with a GreenMail mail server: the links come out of the mails as a customer gets them.
 * Every page visited is saved as a screenshot under {@code server/target/screenshots}, and on each
 * every field has a label and nothing makes a 375 px phone scroll sideways; no page of any test
 * loads anything the Content Security Policy blocks.
 */
class PagesBrowserIT {

    private static final Pattern MAIL_LINK = Pattern.compile("https?://[^\\s\"'<>]+[?&]token=[A-Za-z0-9_%-]+");
    private static final Duration MAIL_WAIT = Duration.ofSeconds(10);
    private static final String PASSWORD = "correct horse battery";
    private static final String CSP_VIOLATION = "Content Security Policy";

    @TempDir
    static Path dataDir;

    private static Browser browser;
    private static RunningLatchkey latchkey;
    private static String base;
    private static final Set<String> followedLinks = new HashSet<>();

    @BeforeAll
    static void start() {
        if (!Browser.installed()) {
            return; // every test is then reported as skipped, with the command that installs the browser
        }
        browser = Browser.start();
        // the links in the mails point at the public URL: it must be the address the browser uses
        int port = freePort();
        base = "http://127.0.0.1:" + port;
        latchkey = RunningLatchkey.withSmtp(
                dataDir, Map.of("LATCHKEY_HTTP_PORT", Integer.toString(port), "LATCHKEY_PUBLIC_URL", base));
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

    /** No page of any test loaded something that the Content Security Policy blocked. */
    @AfterEach
    void nothingWasBlocked() {
        if (browser != null) {
            assertThat(browser.console()).noneMatch(message -> message.contains(CSP_VIOLATION));
        }
    }

    @Test
    void everyPageLoadsWhatItNamesIncludingItsIcon() {
        for (String page : List.of("/ui/demo/login", "/ui/demo/signup", "/ui/demo/password/forgot")) {
            browser.open(base + page);
            assertThat(browser.attribute("link[rel=icon]", "href")).endsWith("/ui/assets/icon.svg");
            assertThat(browser.script("return fetch('/favicon.ico').then(answer => answer.status)"))
                    .isEqualTo(200L);
            assertThat(browser.console()).as(page).noneMatch(message -> message.contains("Failed to load resource"));
        }
    }

    @Test
    void aCustomerSignsUpFillsInTheProfileChangesThePasswordSignsOutResetsItAndSignsInAgain() {
        String email = "ada@example.test";

        browser.open(base + "/ui/demo/signup");
        assertThat(browser.status()).isEqualTo(200);
        look("signup");
        browser.fill("email", "ada at example");
        browser.fill("password", PASSWORD);
        browser.submit("/ui/demo/signup");
        assertThat(browser.status()).isEqualTo(400);
        assertThat(browser.attribute("#email", "aria-invalid")).isEqualTo("true");
        look("signup-error");
        browser.fill("email", email);
        browser.fill("password", PASSWORD);
        browser.submit("/ui/demo/signup");
        assertThat(browser.status()).isEqualTo(200);
        assertThat(browser.hasForm("/ui/demo/signup"))
                .as("the form gave way to the answer")
                .isFalse();
        assertThat(browser.text("main")).contains(email);
        look("signup-sent");

        browser.open(awaitLink(email, "/ui/demo/optin"));
        assertThat(browser.url()).as("the token left the address bar").isEqualTo(base + "/ui/demo/optin");
        assertThat(browser.status()).isEqualTo(200);
        look("optin");
        browser.submit("/ui/demo/optin");
        assertThat(browser.url()).isEqualTo(base + "/ui/demo/profile");
        assertThat(browser.text(".signed-in p")).contains(email);
        browser.screenshotTop("profile-top");
        look("profile");
        assertThat(browser.has("#addresses li.card")).as("no address yet").isFalse();

        browser.fill("firstName", "Ada");
        browser.fill("lastName", "Lovelace");
        browser.submit("/ui/demo/profile/details");
        assertThat(browser.url()).isEqualTo(base + "/ui/demo/profile?done=details#details");
        assertThat(browser.isDisplayed("#notice")).isTrue();
        assertThat(browser.value("firstName")).isEqualTo("Ada");
        assertThat(browser.value("lastName")).isEqualTo("Lovelace");
        look("profile-saved");

        openTheAddressForm();
        browser.fill("contactName", "Ada Lovelace");
        browser.fill("street", "St James's Square");
        browser.fill("streetNumber", "12");
        browser.fill("zipCode", "SW1Y 4JH");
        browser.fill("city", "London");
        browser.fill("country", "GB");
        browser.fill("tags", "home, billing");
        browser.click("#isDefault");
        browser.submit("/ui/demo/profile/addresses");
        assertThat(browser.url()).isEqualTo(base + "/ui/demo/profile?done=address#addresses");
        List<String> added = addressIds();
        assertThat(added).hasSize(1);
        String home = added.get(0);
        assertThat(browser.text("#address-" + home + " address"))
                .contains("Ada Lovelace", "St James's Square 12", "SW1Y 4JH London");
        assertThat(browser.has("#address-" + home + " .badge"))
                .as("the default address")
                .isTrue();
        look("address-added");

        browser.follow("#address-" + home + " a[href$='/profile/addresses/" + home + "']");
        assertThat(browser.url()).isEqualTo(base + "/ui/demo/profile/addresses/" + home);
        assertThat(browser.value("city")).isEqualTo("London");
        assertThat(browser.isChecked("isDefault")).isTrue();
        look("address-edit");
        browser.fill("streetNumber", "12A");
        browser.fill("country", "Great Britain");
        browser.submit("/ui/demo/profile/addresses/" + home);
        assertThat(browser.status()).isEqualTo(400);
        assertThat(browser.attribute("#country", "aria-invalid")).isEqualTo("true");
        assertThat(browser.value("streetNumber")).as("what was typed stays").isEqualTo("12A");
        look("address-error");
        browser.fill("country", "GB");
        browser.submit("/ui/demo/profile/addresses/" + home);
        assertThat(browser.url()).isEqualTo(base + "/ui/demo/profile?done=address#addresses");
        assertThat(browser.text("#address-" + home + " address")).contains("St James's Square 12A");
        look("address-saved");

        openTheAddressForm();
        browser.fill("contactName", "Ada Lovelace");
        browser.fill("companyName", "Analytical Engines Ltd");
        browser.fill("street", "Baker Street");
        browser.fill("streetNumber", "221B");
        browser.fill("zipCode", "NW1 6XE");
        browser.fill("city", "London");
        browser.fill("country", "GB");
        assertThat(browser.isChecked("isDefault")).isFalse();
        browser.submit("/ui/demo/profile/addresses");
        List<String> both = addressIds();
        assertThat(both).hasSize(2).contains(home);
        String office = both.get(0).equals(home) ? both.get(1) : both.get(0);
        assertThat(browser.has("#address-" + office + " .badge")).isFalse();
        browser.submit("/ui/demo/profile/addresses/" + office + "/default");
        assertThat(browser.url()).isEqualTo(base + "/ui/demo/profile?done=default#addresses");
        assertThat(browser.has("#address-" + office + " .badge"))
                .as("the new default address")
                .isTrue();
        assertThat(browser.has("#address-" + home + " .badge"))
                .as("no longer the default")
                .isFalse();
        look("address-default");

        String changed = "a changed passphrase";
        browser.fill("currentPassword", "not my password");
        browser.fill("newPassword", changed);
        browser.fill("newPasswordVerify", changed);
        browser.submit("/ui/demo/profile/password");
        assertThat(browser.status()).isEqualTo(400);
        assertThat(browser.attribute("#currentPassword", "aria-invalid")).isEqualTo("true");
        look("password-error");
        browser.fill("currentPassword", PASSWORD);
        browser.fill("newPassword", changed);
        browser.fill("newPasswordVerify", changed);
        browser.submit("/ui/demo/profile/password");
        assertThat(browser.url()).isEqualTo(base + "/ui/demo/profile?done=password#password");
        assertThat(browser.isDisplayed("#notice")).isTrue();
        look("password-changed");

        browser.submit("/ui/demo/logout");
        assertThat(browser.status()).isEqualTo(200);
        assertThat(browser.hasForm("/ui/demo/logout")).isFalse();
        look("logged-out");
        browser.open(base + "/ui/demo/profile");
        assertThat(browser.url())
                .as("signed out, the profile sends to the sign-in page")
                .isEqualTo(base + "/ui/demo/login?return_to=/ui/demo/profile");

        browser.open(base + "/ui/demo/password/forgot");
        look("forgot");
        browser.fill("email", email);
        browser.submit("/ui/demo/password/forgot");
        assertThat(browser.status()).isEqualTo(200);
        assertThat(browser.hasForm("/ui/demo/password/forgot")).isFalse();
        look("forgot-sent");

        browser.open(awaitLink(email, "/ui/demo/password/reset"));
        assertThat(browser.url()).isEqualTo(base + "/ui/demo/password/reset");
        assertThat(browser.status()).isEqualTo(200);
        look("reset");
        String newPassword = "a brand new passphrase";
        browser.fill("password", newPassword);
        browser.fill("passwordVerify", newPassword);
        browser.submit("/ui/demo/password/reset");
        assertThat(browser.status()).isEqualTo(200);
        assertThat(browser.hasForm("/ui/demo/password/reset")).isFalse();
        look("reset-done");

        browser.open(base + "/ui/demo/login");
        look("login");
        signIn(browser, email, newPassword);
        assertThat(browser.text(".signed-in p")).contains(email);
        assertThat(browser.value("lastName")).isEqualTo("Lovelace");
    }

    @Test
    void anEmailChangeIsConfirmedFromTheNewAddressAndUndoneFromTheOldOne() {
        String old = "dee@example.test";
        String fresh = "dee.new@example.test";
        latchkey.signUpAndActivate(old, PASSWORD);
        browser.open(base + "/ui/demo/login");
        signIn(browser, old, PASSWORD);

        browser.fill("newEmail", fresh);
        browser.fill("emailPassword", "not my password");
        browser.submit("/ui/demo/profile/email");
        assertThat(browser.status()).isEqualTo(400);
        assertThat(browser.attribute("#emailPassword", "aria-invalid")).isEqualTo("true");
        assertThat(browser.value("newEmail")).isEqualTo(fresh);
        look("email-error");
        browser.fill("emailPassword", PASSWORD);
        browser.submit("/ui/demo/profile/email");
        assertThat(browser.url()).isEqualTo(base + "/ui/demo/profile?done=email#email");
        assertThat(browser.isDisplayed("#notice")).isTrue();
        look("email-sent");

        browser.open(awaitLink(fresh, "/ui/demo/email/confirm"));
        assertThat(browser.url()).isEqualTo(base + "/ui/demo/email/confirm");
        assertThat(browser.status()).isEqualTo(200);
        look("email-confirm");
        browser.submit("/ui/demo/email/confirm");
        assertThat(browser.status()).isEqualTo(200);
        assertThat(browser.hasForm("/ui/demo/email/confirm")).isFalse();
        look("email-confirmed");

        browser.open(awaitLink(old, "/ui/demo/email/undo"));
        assertThat(browser.url()).isEqualTo(base + "/ui/demo/email/undo");
        assertThat(browser.status()).isEqualTo(200);
        look("email-undo");
        browser.submit("/ui/demo/email/undo");
        assertThat(browser.status()).isEqualTo(200);
        assertThat(browser.hasForm("/ui/demo/email/undo")).isFalse();
        look("email-undone");
        browser.open(base + "/ui/demo/profile");
        assertThat(browser.url()).as("undoing signed every device out").startsWith(base + "/ui/demo/login");

        browser.fill("email", fresh);
        browser.fill("password", PASSWORD);
        browser.submit("/ui/demo/login");
        assertThat(browser.status()).as("the new address is gone again").isEqualTo(401);
        signIn(browser, old, PASSWORD);
        assertThat(browser.text(".signed-in p")).contains(old);
    }

    @Test
    void theAccountIsDeletedWithTheMailedLinkAndItsButton() {
        String email = "gus@example.test";
        latchkey.signUpAndActivate(email, PASSWORD);
        browser.open(base + "/ui/demo/login");
        signIn(browser, email, PASSWORD);

        browser.submit("/ui/demo/profile/delete");
        assertThat(browser.url()).isEqualTo(base + "/ui/demo/profile?done=deletion#delete");
        assertThat(browser.isDisplayed("#notice")).isTrue();
        look("delete-requested");

        browser.open(awaitLink(email, "/ui/demo/profile/delete"));
        assertThat(browser.url())
                .as("signed in, the link shows the button at once")
                .isEqualTo(base + "/ui/demo/profile/delete");
        assertThat(browser.status()).isEqualTo(200);
        assertThat(browser.hasForm("/ui/demo/profile/delete/confirm")).isTrue();
        look("delete-confirm");
        browser.submit("/ui/demo/profile/delete/confirm");
        assertThat(browser.status()).isEqualTo(200);
        assertThat(browser.hasForm("/ui/demo/profile/delete/confirm")).isFalse();
        look("deleted");

        browser.open(base + "/ui/demo/profile");
        assertThat(browser.url()).startsWith(base + "/ui/demo/login");
        browser.fill("email", email);
        browser.fill("password", PASSWORD);
        browser.submit("/ui/demo/login");
        assertThat(browser.status()).as("the account is gone").isEqualTo(401);
    }

    @Test
    void everyOtherDeviceIsSignedOutFromTheListOfSessions() {
        String email = "eve@example.test";
        latchkey.signUpAndActivate(email, PASSWORD);
        browser.open(base + "/ui/demo/login");
        signIn(browser, email, PASSWORD);

        try (Browser laptop = Browser.start()) {
            laptop.open(base + "/ui/demo/login");
            signIn(laptop, email, PASSWORD);
            laptop.open(base + "/ui/demo/profile#sessions");
            // the first browser, this one, and the activation over the API, which signed in too
            assertThat(laptop.texts("#sessions li.card")).hasSize(3);
            assertThat(laptop.texts("#sessions li.card .badge"))
                    .as("this device is marked")
                    .hasSize(1);
            assertThat(laptop.texts("#sessions form[action$='/end']"))
                    .as("every other device can be signed out")
                    .hasSize(2);
            look(laptop, "sessions");
            laptop.submit("/ui/demo/profile/sessions/end-others");
            assertThat(laptop.url()).isEqualTo(base + "/ui/demo/profile?done=sessions#sessions");
            assertThat(laptop.texts("#sessions li.card")).hasSize(1);
            look(laptop, "sessions-ended");
            assertThat(laptop.console()).noneMatch(message -> message.contains(CSP_VIOLATION));
        }
        browser.open(base + "/ui/demo/profile");
        assertThat(browser.url()).as("the first browser is signed out").startsWith(base + "/ui/demo/login");
    }

    @Test
    void theLanguageSwitcherTurnsThePagesGermanAndTheChoiceSticks() {
        browser.open(base + "/ui/demo/login");
        assertThat(browser.attribute("html", "lang")).isEqualTo("en");
        browser.follow("nav.languages a[hreflang=de]");
        assertThat(browser.attribute("html", "lang")).isEqualTo("de");
        look("login-de");

        String email = "hanna@example.test";
        browser.follow("main a[href='/ui/demo/signup']");
        assertThat(browser.url()).as("no ?lang= on the next page").isEqualTo(base + "/ui/demo/signup");
        assertThat(browser.attribute("html", "lang")).as("the choice sticks").isEqualTo("de");
        look("signup-de");
        browser.fill("email", email);
        browser.fill("password", PASSWORD);
        browser.submit("/ui/demo/signup");
        assertThat(browser.attribute("html", "lang")).isEqualTo("de");
        look("signup-sent-de");
        browser.open(awaitLink(email, "/ui/demo/optin"));
        assertThat(browser.attribute("html", "lang")).isEqualTo("de");
        look("optin-de");
        browser.submit("/ui/demo/optin");
        assertThat(browser.url()).isEqualTo(base + "/ui/demo/profile");
        assertThat(browser.attribute("html", "lang")).isEqualTo("de");
        browser.screenshotTop("profile-de-top");
        look("profile-de");

        browser.follow("nav.languages a[hreflang=en]");
        assertThat(browser.attribute("html", "lang")).isEqualTo("en");
    }

    @Test
    void aBrowserThatAsksForGermanGetsGermanPagesFromTheStart() {
        try (Browser german = Browser.start("de-DE,de")) {
            german.open(base + "/ui/demo/login");
            assertThat(german.attribute("html", "lang")).isEqualTo("de");
            look(german, "login-accept-language-de");
            german.open(base + "/ui/demo/password/forgot");
            assertThat(german.attribute("html", "lang")).isEqualTo("de");
            assertThat(german.console()).noneMatch(message -> message.contains(CSP_VIOLATION));
        }
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
        assertThat(browser.isDisplayed("#" + describedBy))
                .as("the element #%s describing the field", describedBy)
                .isTrue();
        assertThat(browser.text("#" + describedBy)).isNotBlank();
        assertThat(browser.value("email")).isEqualTo(email);
        assertThat(browser.value("password")).isEmpty();
        look("login-error");
    }

    @Test
    void anUnknownTenantShowsTheNotFoundPage() {
        browser.open(base + "/ui/nosuch/login");
        look("not-found-tenant");
        assertNotFoundPage();
    }

    @Test
    void anUnknownPageUnderTheTenantShowsTheNotFoundPage() {
        browser.open(base + "/ui/demo/nothing");
        look("not-found");
        assertNotFoundPage();
    }

    private static void assertNotFoundPage() {
        assertThat(browser.status()).isEqualTo(404);
        assertThat(browser.has("link[rel=stylesheet][href='/ui/assets/latchkey.css']"))
                .as("a page, not a bare error")
                .isTrue();
        assertThat(browser.text("main h1")).isNotBlank();
        assertThat(browser.console()).noneMatch(message -> message.contains(CSP_VIOLATION));
    }

    @Test
    void noPageLoadsAResourceThatTheContentSecurityPolicyBlocks() {
        for (String page : new String[] {
            "/ui/demo/login",
            "/ui/demo/signup",
            "/ui/demo/password/forgot",
            "/ui/demo/password/reset?token=abc",
            "/ui/demo/optin?token=abc",
            "/ui/demo/logout",
            "/ui/nosuch/login"
        }) {
            browser.open(base + page);
            assertThat(browser.has("main h1")).as(page).isTrue();
            assertThat(browser.script("return Array.from(document.styleSheets).some(sheet => sheet.href !== null"
                            + " && sheet.href.endsWith('/ui/assets/latchkey.css') && sheet.cssRules.length > 0)"))
                    .as("the stylesheet of %s was applied", page)
                    .isEqualTo(true);
        }
        assertThat(browser.console()).noneMatch(message -> message.contains(CSP_VIOLATION));

        // the console is really read: an inline style, which the policy forbids, is reported there
        browser.script("const style = document.createElement('style'); style.textContent = 'body {}';"
                + " document.head.appendChild(style);");
        assertThat(browser.console()).anyMatch(message -> message.contains(CSP_VIOLATION));
    }

    @Test
    void anElementWiderThanAPhoneIsNoticedAtPhoneWidth() {
        browser.open(base + "/ui/demo/login");
        assertThat(browser.tooWideForAPhone()).isEmpty();
        // a canvas has its width without any style, which the policy would forbid
        browser.script("const wide = document.createElement('canvas'); wide.width = 600; wide.height = 1;"
                + " document.querySelector('main').appendChild(wide);");
        assertThat(browser.tooWideForAPhone()).anyMatch(element -> element.startsWith("canvas"));
    }

    /** Screenshots the page of the shared browser as {@code name}; see {@link #look(Browser, String)}. */
    private static void look(String name) {
        look(browser, name);
    }

    /** Screenshots the page as {@code name}, and checks that every field on it has a label. */
    private static void look(Browser visitor, String name) {
        visitor.screenshot(name);
        assertThat(visitor.unlabelledFields())
                .as("fields without a label on %s", name)
                .isEmpty();
        assertThat(visitor.tooWideForAPhone())
                .as("what makes %s scroll sideways at 375 px", name)
                .isEmpty();
    }

    /** Signs in on the sign-in page that {@code visitor} shows, and lands on the profile. */
    private static void signIn(Browser visitor, String email, String password) {
        visitor.fill("email", email);
        visitor.fill("password", password);
        visitor.submit("/ui/demo/login");
        assertThat(visitor.url()).isEqualTo(base + "/ui/demo/profile");
    }

    /** Opens the profile's "add an address" part, which is folded away until then. */
    private static void openTheAddressForm() {
        if (!Boolean.TRUE.equals(browser.script("return document.querySelector('details.add').open"))) {
            browser.click("details.add summary");
        }
        assertThat(browser.isDisplayed("form[action$='/ui/demo/profile/addresses'] [name=contactName]"))
                .isTrue();
    }

    /** The ids of the address cards on the profile, in the order shown. */
    private static List<String> addressIds() {
        Object ids =
                browser.script("return Array.from(document.querySelectorAll('#addresses li.card[id^=\"address-\"]'))"
                        + ".map(card => card.id.substring('address-'.length))");
        return ((List<?>) ids).stream().map(String::valueOf).toList();
    }

    /**
     * The link to {@code page} (like {@code /ui/demo/optin}) in a mail to {@code email}, as the
     * customer gets it, waiting (bounded) for the mail; a link is handed out once.
     */
    private static String awaitLink(String email, String page) {
        String prefix = base + page + "?token=";
        long deadline = System.nanoTime() + MAIL_WAIT.toNanos();
        while (true) {
            List<MimeMessage> mails = latchkey.awaitMails(email, 1);
            for (int i = mails.size() - 1; i >= 0; i--) {
                Matcher matcher = MAIL_LINK.matcher(RunningLatchkey.plainText(mails.get(i)));
                while (matcher.find()) {
                    String link = matcher.group();
                    if (link.startsWith(prefix) && followedLinks.add(link)) {
                        return link;
                    }
                }
            }
            assertThat(System.nanoTime() - deadline)
                    .as("a mail to %s with a link to %s", email, page)
                    .isNegative();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
