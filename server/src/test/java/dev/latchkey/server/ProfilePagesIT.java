package dev.latchkey.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The signed-in customer's page and the pages its mails link to, driven over HTTP like a browser without script. */
class ProfilePagesIT {

    private static final String PASSWORD = "correct horse battery";
    private static final Pattern ADDRESS_ID = Pattern.compile("/ui/demo/profile/addresses/([0-9a-f-]{36})\"");

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

    private void signIn(PageVisitor visitor, String email, String password) throws Exception {
        HttpResponse<String> login = visitor.submit("/ui/demo/login", Map.of("email", email, "password", password));
        assertThat(login.statusCode()).isEqualTo(303);
        visitor.get("/ui/demo/profile");
    }

    @Test
    void detailsAreSavedAndABadValueIsExplainedNextToItsField() throws Exception {
        latchkey.signUpAndActivate("ada@example.test", PASSWORD);
        signIn(browser, "ada@example.test", PASSWORD);

        HttpResponse<String> saved = browser.submit(
                "/ui/demo/profile/details",
                Map.of(
                        "title",
                        "Dr.",
                        "firstName",
                        "Ada",
                        "lastName",
                        "Lovelace",
                        "company",
                        "",
                        "contactPhone",
                        "+44 20 7946 0000",
                        "preferredLanguage",
                        "en_US"));
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location")).hasValue("/ui/demo/profile?done=details#details");
        HttpResponse<String> page = browser.get("/ui/demo/profile?done=details");
        assertThat(page.body())
                .contains("Your details are saved.")
                .contains("value=\"Lovelace\"")
                .contains("value=\"Dr.\"");
        assertThat(latchkey.http
                        .get(
                                "/customer/demo/me",
                                latchkey.login("ada@example.test", PASSWORD)
                                        .json()
                                        .get("accessToken")
                                        .asText())
                        .json()
                        .get("lastName")
                        .asText())
                .isEqualTo("Lovelace");

        HttpResponse<String> bad = browser.submit(
                "/ui/demo/profile/details",
                Map.of("firstName", "Ada", "contactPhone", "call me maybe", "preferredLanguage", "en_US"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body())
                .contains("aria-describedby=\"contactPhone-error\"")
                .contains("value=\"call me maybe\"")
                .contains("Enter a phone number");
    }

    @Test
    void theAddressBookAddsEditsMakesDefaultAndDeletes() throws Exception {
        latchkey.signUpAndActivate("bob@example.test", PASSWORD);
        signIn(browser, "bob@example.test", PASSWORD);

        assertThat(browser.submit(
                                "/ui/demo/profile/addresses",
                                Map.of(
                                        "contactName",
                                        "Bob Home",
                                        "street",
                                        "Main St",
                                        "streetNumber",
                                        "1",
                                        "zipCode",
                                        "10115",
                                        "city",
                                        "Berlin",
                                        "country",
                                        "de",
                                        "tags",
                                        "shipping, gift",
                                        "isDefault",
                                        "true"))
                        .statusCode())
                .isEqualTo(303);
        assertThat(browser.submit(
                                "/ui/demo/profile/addresses",
                                Map.of(
                                        "contactName",
                                        "Bob Office",
                                        "street",
                                        "Work Rd",
                                        "zipCode",
                                        "80331",
                                        "city",
                                        "Munich",
                                        "country",
                                        "DE"))
                        .statusCode())
                .isEqualTo(303);
        String page = browser.get("/ui/demo/profile").body();
        assertThat(page)
                .contains("Bob Home")
                .contains("Main St 1")
                .contains("10115 Berlin")
                .contains("SHIPPING")
                .contains("GIFT")
                .contains("Bob Office");
        Matcher ids = ADDRESS_ID.matcher(page);
        assertThat(ids.find()).isTrue();
        String home = ids.group(1);
        assertThat(ids.find()).isTrue();
        String office = ids.group(1);

        HttpResponse<String> badCountry =
                browser.submit("/ui/demo/profile/addresses", Map.of("contactName", "X", "country", "Germany"));
        assertThat(badCountry.statusCode()).isEqualTo(400);
        assertThat(badCountry.body())
                .contains("aria-describedby=\"country-error\"")
                .contains("two-letter country code");

        HttpResponse<String> edit = browser.get("/ui/demo/profile/addresses/" + office);
        assertThat(edit.statusCode()).isEqualTo(200);
        assertThat(edit.body()).contains("value=\"Bob Office\"").contains("value=\"Munich\"");
        assertThat(browser.submit(
                                "/ui/demo/profile/addresses/" + office,
                                Map.of(
                                        "contactName",
                                        "Bob Office",
                                        "street",
                                        "Work Rd",
                                        "zipCode",
                                        "80331",
                                        "city",
                                        "München",
                                        "country",
                                        "DE"))
                        .statusCode())
                .isEqualTo(303);
        assertThat(browser.submit("/ui/demo/profile/addresses/" + office + "/default", Map.of())
                        .statusCode())
                .isEqualTo(303);
        String afterDefault = browser.get("/ui/demo/profile").body();
        assertThat(afterDefault).contains("München");
        assertThat(afterDefault.indexOf("Default address"))
                .as("the badge is on the office card")
                .isGreaterThan(afterDefault.indexOf("id=\"address-" + office));

        assertThat(browser.submit("/ui/demo/profile/addresses/" + home + "/delete", Map.of())
                        .statusCode())
                .isEqualTo(303);
        assertThat(browser.get("/ui/demo/profile?done=addressDeleted").body())
                .doesNotContain("Bob Home")
                .contains("The address is deleted.", "Bob Office");
        assertThat(browser.get("/ui/demo/profile/addresses/" + home).statusCode())
                .isEqualTo(404);
    }

    @Test
    void thePasswordIsChangedWithTheCurrentOne() throws Exception {
        latchkey.signUpAndActivate("cy@example.test", PASSWORD);
        signIn(browser, "cy@example.test", PASSWORD);
        String newPassword = "another long passphrase";

        HttpResponse<String> wrong = browser.submit(
                "/ui/demo/profile/password",
                Map.of(
                        "currentPassword",
                        "not it at all",
                        "newPassword",
                        newPassword,
                        "newPasswordVerify",
                        newPassword));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("aria-describedby=\"currentPassword-error\"");
        HttpResponse<String> differ = browser.submit(
                "/ui/demo/profile/password",
                Map.of("currentPassword", PASSWORD, "newPassword", newPassword, "newPasswordVerify", "something else"));
        assertThat(differ.body()).contains("aria-describedby=\"newPasswordVerify-error\"");
        HttpResponse<String> weak = browser.submit(
                "/ui/demo/profile/password",
                Map.of("currentPassword", PASSWORD, "newPassword", "short", "newPasswordVerify", "short"));
        assertThat(weak.body()).contains("Use at least 8 characters.");

        HttpResponse<String> changed = browser.submit(
                "/ui/demo/profile/password",
                Map.of("currentPassword", PASSWORD, "newPassword", newPassword, "newPasswordVerify", newPassword));
        assertThat(changed.statusCode()).isEqualTo(303);
        assertThat(browser.get("/ui/demo/profile?done=password").body()).contains("Your password is changed.");
        assertThat(latchkey.login("cy@example.test", PASSWORD).status()).isEqualTo(401);
        assertThat(latchkey.login("cy@example.test", newPassword).status()).isEqualTo(200);
    }

    @Test
    void anEmailChangeIsConfirmedFromTheNewAddressAndUndoneFromTheOld() throws Exception {
        String old = "dee@example.test";
        String fresh = "dee.new@example.test";
        latchkey.signUpAndActivate(old, PASSWORD);
        signIn(browser, old, PASSWORD);

        HttpResponse<String> wrong = browser.submit(
                "/ui/demo/profile/email", Map.of("newEmail", fresh, "emailPassword", "not the password"));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body())
                .contains("aria-describedby=\"emailPassword-error\"")
                .contains("value=\"" + fresh + "\"");
        assertThat(browser.submit("/ui/demo/profile/email", Map.of("newEmail", fresh, "emailPassword", PASSWORD))
                        .statusCode())
                .isEqualTo(303);

        String confirmToken =
                RunningLatchkey.tokenIn(latchkey.awaitMails(fresh, 1).get(0));
        PageVisitor mailReader = new PageVisitor(latchkey.http.baseUrl());
        HttpResponse<String> confirmPage = mailReader.open("/ui/demo/email/confirm?token=" + confirmToken);
        assertThat(confirmPage.statusCode()).isEqualTo(200);
        assertThat(confirmPage.body()).contains("name=\"token\" value=\"" + confirmToken + "\"");
        assertThat(latchkey.login(fresh, PASSWORD).status())
                .as("opening the link changed nothing")
                .isEqualTo(401);
        HttpResponse<String> confirmed = mailReader.submit("/ui/demo/email/confirm", Map.of("token", confirmToken));
        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(confirmed.body()).contains("Email address changed");
        assertThat(latchkey.login(fresh, PASSWORD).status()).isEqualTo(200);

        String undoToken = RunningLatchkey.tokenIn(latchkey.awaitMails(old, 3).get(2));
        HttpResponse<String> undoPage = mailReader.open("/ui/demo/email/undo?token=" + undoToken);
        assertThat(undoPage.body()).contains("name=\"token\" value=\"" + undoToken + "\"");
        HttpResponse<String> undone = mailReader.submit("/ui/demo/email/undo", Map.of("token", undoToken));
        assertThat(undone.statusCode()).isEqualTo(200);
        assertThat(undone.body()).contains("Your old email address is back");
        assertThat(latchkey.login(old, PASSWORD).status()).isEqualTo(200);
        assertThat(browser.get("/ui/demo/profile").statusCode())
                .as("undo signed every device out")
                .isEqualTo(303);
    }

    @Test
    void anotherDeviceIsSignedOutFromTheListOfSessions() throws Exception {
        latchkey.signUpAndActivate("eve@example.test", PASSWORD);
        PageVisitor phone = new PageVisitor(latchkey.http.baseUrl(), "Eve phone");
        signIn(phone, "eve@example.test", PASSWORD);
        signIn(browser, "eve@example.test", PASSWORD);

        String page = browser.get("/ui/demo/profile").body();
        assertThat(page).contains("This device").contains("/profile/sessions/end-others");
        Matcher other = Pattern.compile(
                        "Eve phone</strong>.*?/ui/demo/profile/sessions/([^/\"]+)/end\"", Pattern.DOTALL)
                .matcher(page);
        assertThat(other.find()).isTrue();
        assertThat(browser.submit("/ui/demo/profile/sessions/" + other.group(1) + "/end", Map.of())
                        .statusCode())
                .isEqualTo(303);
        assertThat(phone.get("/ui/demo/profile").statusCode()).isEqualTo(303);
        assertThat(browser.get("/ui/demo/profile").statusCode()).isEqualTo(200);

        signIn(phone, "eve@example.test", PASSWORD);
        assertThat(browser.submit("/ui/demo/profile/sessions/end-others", Map.of())
                        .statusCode())
                .isEqualTo(303);
        assertThat(phone.get("/ui/demo/profile").statusCode()).isEqualTo(303);
        assertThat(browser.get("/ui/demo/profile?done=sessions").body())
                .contains("Every other device is signed out.")
                .contains("Signed in");
    }

    @Test
    void theExportIsAFileWithEverythingKeptAboutTheCustomer() throws Exception {
        latchkey.signUpAndActivate("fay@example.test", PASSWORD);
        signIn(browser, "fay@example.test", PASSWORD);
        HttpResponse<String> export = browser.get("/ui/demo/profile/export");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment;");
        assertThat(export.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(export.body()).contains("\"email\" : \"fay@example.test\"").contains("\"events\"");
        assertThat(new PageVisitor(latchkey.http.baseUrl())
                        .get("/ui/demo/profile/export")
                        .statusCode())
                .as("only when signed in")
                .isEqualTo(303);
    }

    @Test
    void theAccountIsDeletedWithTheMailedLinkAfterSigningIn() throws Exception {
        String email = "gus@example.test";
        latchkey.signUpAndActivate(email, PASSWORD);
        signIn(browser, email, PASSWORD);
        assertThat(browser.submit("/ui/demo/profile/delete", Map.of()).statusCode())
                .isEqualTo(303);
        String token = RunningLatchkey.tokenIn(latchkey.awaitMails(email, 2).get(1));

        PageVisitor elsewhere = new PageVisitor(latchkey.http.baseUrl());
        HttpResponse<String> toLogin = elsewhere.get("/ui/demo/profile/delete?token=" + token);
        assertThat(toLogin.statusCode()).isEqualTo(303);
        HttpResponse<String> signInFirst =
                elsewhere.get(toLogin.headers().firstValue("Location").orElseThrow());
        assertThat(signInFirst.statusCode()).isEqualTo(303);
        assertThat(signInFirst.headers().firstValue("Location"))
                .hasValue("/ui/demo/login?return_to=/ui/demo/profile/delete");
        HttpResponse<String> login = elsewhere.submit(
                "/ui/demo/login", Map.of("email", email, "password", PASSWORD, "return_to", "/ui/demo/profile/delete"));
        assertThat(login.headers().firstValue("Location")).hasValue("/ui/demo/profile/delete");
        HttpResponse<String> confirmPage = elsewhere.get("/ui/demo/profile/delete");
        assertThat(confirmPage.statusCode()).isEqualTo(200);
        assertThat(confirmPage.body()).contains("name=\"token\" value=\"" + token + "\"");
        assertThat(latchkey.login(email, PASSWORD).status())
                .as("opening the link deleted nothing")
                .isEqualTo(200);

        HttpResponse<String> deleted = elsewhere.submit("/ui/demo/profile/delete/confirm", Map.of("token", token));
        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(deleted.body()).contains("Account deleted");
        assertThat(latchkey.login(email, PASSWORD).status()).isEqualTo(401);
    }

    @Test
    void pagesSpeakGermanWhenAskedAndRememberTheChoice() throws Exception {
        HttpResponse<String> german = browser.get("/ui/demo/login?lang=de");
        assertThat(german.body())
                .contains("<html lang=\"de\"")
                .contains("Anmelden")
                .contains("E-Mail-Adresse")
                .contains("href=\"/ui/demo/login?lang=en\"");
        assertThat(german.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("lk_lang=de;"));
        assertThat(browser.get("/ui/demo/signup").body()).contains("Konto anlegen");
        assertThat(browser.get("/ui/demo/signup?lang=en").body()).contains("Create your account");

        Http.Response byHeader = latchkey.http.send(latchkey.http
                .request("/ui/demo/password/forgot", null)
                .header("Accept-Language", "fr-FR, de;q=0.8, en;q=0.5")
                .GET());
        assertThat(byHeader.body()).contains("Passwort vergessen?");
    }

    @Test
    void aGermanSignupGetsGermanPagesAfterSignIn() throws Exception {
        latchkey.signUpAndActivate("hal@example.test", PASSWORD);
        signIn(browser, "hal@example.test", PASSWORD);
        browser.submit("/ui/demo/profile/details", Map.of("preferredLanguage", "de_DE"));
        assertThat(browser.get("/ui/demo/profile").body()).contains("Ihr Konto");

        PageVisitor otherBrowser = new PageVisitor(latchkey.http.baseUrl());
        assertThat(otherBrowser.get("/ui/demo/login").body()).contains("Sign in");
        signIn(otherBrowser, "hal@example.test", PASSWORD);
        assertThat(otherBrowser.get("/ui/demo/profile").body())
                .as("the customer's own language")
                .contains("Ihr Konto");
    }

    @Test
    void anUnknownPageUnderUiIsAPageNotJson() throws Exception {
        HttpResponse<String> missing = browser.get("/ui/demo/no/such/page");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(missing.body()).contains("Page not found");
    }

    @Test
    void aSessionEndsAfterThirtyIdleMinutesAndAtTheLatestWhenItsTokenExpires() throws Exception {
        latchkey.signUpAndActivate("ida@example.test", PASSWORD);
        signIn(browser, "ida@example.test", PASSWORD);
        latchkey.clock.advance(java.time.Duration.ofMinutes(29));
        assertThat(browser.get("/ui/demo/profile").statusCode()).isEqualTo(200);
        latchkey.clock.advance(java.time.Duration.ofMinutes(29));
        assertThat(browser.get("/ui/demo/profile").statusCode())
                .as("in use: the idle time starts again")
                .isEqualTo(200);
        latchkey.clock.advance(java.time.Duration.ofMinutes(3));
        assertThat(browser.get("/ui/demo/profile").statusCode())
                .as("past the token's hour")
                .isEqualTo(303);

        signIn(browser, "ida@example.test", PASSWORD);
        latchkey.clock.advance(java.time.Duration.ofMinutes(30));
        HttpResponse<String> idle = browser.get("/ui/demo/profile");
        assertThat(idle.statusCode()).isEqualTo(303);
        assertThat(idle.headers().firstValue("Location")).hasValue("/ui/demo/login?return_to=/ui/demo/profile");
        latchkey.clock.advance(java.time.Duration.ofMinutes(-25));
        assertThat(browser.get("/ui/demo/profile").statusCode())
                .as("an idle session ends for good")
                .isEqualTo(303);
    }
}
