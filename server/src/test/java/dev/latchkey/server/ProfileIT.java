package dev.latchkey.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileIT {

    private static final String PASSWORD = "correct horse battery";
    private static final String ADA = "ada@example.test";

    @TempDir
    Path dataDir;

    private RunningLatchkey latchkey;
    private Http http;
    private String token;

    @BeforeEach
    void start() {
        latchkey = RunningLatchkey.withSmtp(dataDir);
        http = latchkey.http;
        token = latchkey.signUpAndActivate(ADA, PASSWORD).get("accessToken").asText();
    }

    @AfterEach
    void stop() {
        latchkey.close();
    }

    @Test
    void anAccountThatSignsInWithAPasswordCannotAddASecondLogin() {
        Http.Response second = http.postJson(
                "/customer/demo/me/accounts/internal",
                token,
                "{\"email\":\"ada.two@example.test\",\"password\":\"another long passphrase\"}");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.code()).isEqualTo("LK145");

        Http.Response missing =
                http.postJson("/customer/demo/me/accounts/internal", token, "{\"email\":\"ada.two@example.test\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.code()).isEqualTo("ER004");
        assertThat(latchkey.login(ADA, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aNewProfileHasTheDefaultsAndTheReadOnlyFields() {
        Http.Response response = http.get("/customer/demo/me", token);

        assertThat(response.status()).isEqualTo(200);
        JsonNode me = response.json();
        assertThat(me.get("id").asText()).isNotBlank();
        assertThat(me.get("customerNumber").asText()).isEqualTo("100001");
        assertThat(me.get("preferredLanguage").asText()).isEqualTo("en_US");
        assertThat(me.get("preferredCurrency").asText()).isEqualTo("USD");
        assertThat(me.get("preferredSite").asText()).isEqualTo("main");
        assertThat(me.get("type").asText()).isEqualTo("customer");
        assertThat(me.get("firstName").isNull()).isTrue();
        assertThat(me.get("metadata").isNull()).isTrue();
        assertThat(me.get("accounts").get(0).get("type").asText()).isEqualTo("internal");
        assertThat(me.get("accounts").get(0).get("email").asText()).isEqualTo(ADA);
        assertThat(me.get("accounts").get(0).get("status").asText()).isEqualTo("ACTIVE");
        assertThat(me.has("addresses")).isFalse();
    }

    @Test
    void aPatchChangesOnlyTheFieldsSentAndAnswersTheWholeProfile() {
        Http.Response first = patch("{\"firstName\":\"Ada\",\"lastName\":\"Lovelace\",\"preferredLanguage\":\"de-DE\","
                + "\"preferredCurrency\":\"EUR\",\"contactEmail\":\"Ada@Mail.Example.test\",\"type\":\"company\","
                + "\"b2b\":{\"vat\":\"DE123\",\"seats\":[1,2]},\"metadata\":{\"a\":{\"b\":null}},\"mixins\":{}}");
        assertThat(first.status()).isEqualTo(200);

        Http.Response second = patch("{\"lastName\":\"King\",\"unknown\":1}");

        assertThat(second.status()).isEqualTo(200);
        JsonNode me = second.json();
        assertThat(me.get("firstName").asText()).isEqualTo("Ada");
        assertThat(me.get("lastName").asText()).isEqualTo("King");
        assertThat(me.get("preferredLanguage").asText()).isEqualTo("de-DE");
        assertThat(me.get("preferredCurrency").asText()).isEqualTo("EUR");
        assertThat(me.get("contactEmail").asText()).isEqualTo("ada@mail.example.test");
        assertThat(me.get("type").asText()).isEqualTo("company");
        assertThat(me.get("b2b").toString()).isEqualTo("{\"vat\":\"DE123\",\"seats\":[1,2]}");
        assertThat(me.get("metadata").toString()).isEqualTo("{\"a\":{\"b\":null}}");
        assertThat(me.get("mixins").toString()).isEqualTo("{}");
        assertThat(me.has("unknown")).isFalse();
        assertThat(http.get("/customer/demo/me", token).json()).isEqualTo(me);
    }

    @Test
    void nullClearsAnOptionalFieldAndResetsADefaultedOne() {
        patch(
                "{\"firstName\":\"Ada\",\"preferredCurrency\":\"EUR\",\"preferredSite\":\"uk\",\"preferredLanguage\":\"fr\","
                        + "\"type\":\"company\",\"metadata\":{\"x\":1}}");

        JsonNode me = patch(
                        "{\"firstName\":null,\"preferredCurrency\":null,\"preferredSite\":null,\"preferredLanguage\":null,"
                                + "\"type\":null,\"metadata\":null}")
                .json();

        assertThat(me.get("firstName").isNull()).isTrue();
        assertThat(me.get("preferredCurrency").asText()).isEqualTo("USD");
        assertThat(me.get("preferredSite").asText()).isEqualTo("main");
        assertThat(me.get("preferredLanguage").asText()).isEqualTo("en_US");
        assertThat(me.get("type").asText()).isEqualTo("customer");
        assertThat(me.get("metadata").isNull()).isTrue();
    }

    @Test
    void readOnlyFieldsSentAreIgnored() {
        JsonNode before = http.get("/customer/demo/me", token).json();

        JsonNode me = patch(
                        "{\"id\":\"00000000-0000-0000-0000-000000000000\",\"customerNumber\":\"1\","
                                + "\"accounts\":[{\"type\":\"internal\",\"email\":\"eve@example.test\",\"status\":\"BLOCKED\"}]}")
                .json();

        assertThat(me).isEqualTo(before);
        assertThat(latchkey.login(ADA, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void everyFieldIsValidatedNamingIt() {
        assertInvalid("{\"firstName\":5}", "firstName", "LK101");
        assertInvalid("{\"firstName\":\"" + "x".repeat(101) + "\"}", "firstName", "LK141");
        assertInvalid("{\"middleName\":\"" + "x".repeat(101) + "\"}", "middleName", "LK141");
        assertInvalid("{\"lastName\":\"a\\u0000b\"}", "lastName", "LK140");
        assertInvalid("{\"title\":\"" + "x".repeat(51) + "\"}", "title", "LK141");
        assertInvalid("{\"company\":\"" + "x".repeat(201) + "\"}", "company", "LK141");
        assertInvalid("{\"contactPhone\":\"call me\"}", "contactPhone", "LK140");
        assertInvalid("{\"contactPhone\":\"" + "1".repeat(41) + "\"}", "contactPhone", "LK141");
        assertInvalid("{\"preferredLanguage\":\"klingon!\"}", "preferredLanguage", "LK140");
        assertInvalid("{\"preferredLanguage\":\"\"}", "preferredLanguage", "LK140");
        assertInvalid("{\"preferredCurrency\":\"usd\"}", "preferredCurrency", "LK140");
        assertInvalid("{\"preferredCurrency\":\"XYZ\"}", "preferredCurrency", "LK140");
        assertInvalid("{\"preferredSite\":\"a b\"}", "preferredSite", "LK140");
        assertInvalid("{\"contactEmail\":\"not-an-email\"}", "contactEmail", "LK140");
        assertInvalid("{\"type\":\"robot\"}", "type", "LK140");
        assertInvalid("{\"b2b\":[1]}", "b2b", "LK101");
        assertInvalid("{\"metadata\":\"text\"}", "metadata", "LK101");
        assertInvalid("{\"mixins\":{\"big\":\"" + "x".repeat(17 * 1024) + "\"}}", "mixins", "LK141");
        assertThat(patch("[1]").code()).isEqualTo("LK100");
        assertThat(http.get("/customer/demo/me", token).json().get("firstName").isNull())
                .as("nothing changed")
                .isTrue();
    }

    @Test
    void anEmojiCountsTwoTowardsATextLimitAsTheDatabaseCountsIt() {
        String emoji = "\ud83d\ude00";
        assertInvalid("{\"lastName\":\"" + emoji.repeat(51) + "\"}", "lastName", "LK141");
        assertThat(patch("{\"lastName\":\"" + emoji.repeat(50) + "\"}").status())
                .isEqualTo(200);
        assertThat(http.get("/customer/demo/me", token).json().get("lastName").asText())
                .isEqualTo(emoji.repeat(50));
    }

    @Test
    void aFreeObjectNestedDeeperThan32LevelsIsRefusedSoEveryClientCanReadWhatIsKept() {
        assertInvalid("{\"metadata\":" + "{\"a\":".repeat(33) + "1" + "}".repeat(33) + "}", "metadata", "LK141");
        assertThat(patch("{\"metadata\":" + "{\"a\":".repeat(32) + "1" + "}".repeat(32) + "}")
                        .status())
                .isEqualTo(200);
        assertThat(http.get("/customer/demo/me/export", token).status()).isEqualTo(200);
    }

    @Test
    void aNumberInAFreeObjectIsKeptAsSentNotRoundedToInfinity() throws Exception {
        assertThat(patch("{\"metadata\":{\"huge\":1e400,\"exact\":0.1000000000000000000001}}")
                        .status())
                .isEqualTo(200);
        var metadata = new ObjectMapper()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .readTree(http.get("/customer/demo/me", token).body())
                .get("metadata");
        assertThat(metadata.get("huge").isNumber()).as(metadata.toString()).isTrue();
        assertThat(metadata.get("huge").decimalValue()).isEqualByComparingTo("1e400");
        assertThat(metadata.get("exact").decimalValue()).isEqualByComparingTo("0.1000000000000000000001");
    }

    @Test
    void aMergePatchBodyIsTakenAsJson() {
        Http.Response response = http.send(http.request("/customer/demo/me", token)
                .header("Content-Type", "application/merge-patch+json")
                .method(
                        "PATCH",
                        HttpRequest.BodyPublishers.ofString("{\"firstName\":\"Ada\"}", StandardCharsets.UTF_8)));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("firstName").asText()).isEqualTo("Ada");
    }

    @Test
    void signupStoresTheCustomerDetailsAndAddress() {
        String body = "{\"email\":\"bob@example.test\",\"password\":\"" + PASSWORD + "\","
                + "\"customerDetails\":{\"firstName\":\"Bob\",\"preferredCurrency\":\"CHF\",\"metadata\":{\"source\":\"ad\"}},"
                + "\"customerAddress\":{\"street\":\"Main St\",\"city\":\"Bern\",\"country\":\"ch\",\"tags\":[\"billing\"],"
                + "\"isDefault\":true}}";
        int before = latchkey.mailsTo("bob@example.test").size();
        assertThat(http.postJson("/customer/demo/signup", latchkey.anonymousToken(), body)
                        .status())
                .isEqualTo(201);
        String optin = RunningLatchkey.tokenIn(
                latchkey.awaitMails("bob@example.test", before + 1).get(before));
        String bob = http.get("/customer/demo/signup/optin/" + optin, latchkey.anonymousToken())
                .json()
                .get("accessToken")
                .asText();

        JsonNode me = http.get("/customer/demo/me?expand=addresses", bob).json();

        assertThat(me.get("firstName").asText()).isEqualTo("Bob");
        assertThat(me.get("preferredCurrency").asText()).isEqualTo("CHF");
        assertThat(me.get("metadata").get("source").asText()).isEqualTo("ad");
        assertThat(me.get("addresses")).hasSize(1);
        JsonNode address = me.get("addresses").get(0);
        assertThat(address.get("country").asText()).isEqualTo("CH");
        assertThat(address.get("tags").toString()).isEqualTo("[\"BILLING\"]");
        assertThat(address.get("isDefault").asBoolean()).isTrue();
    }

    @Test
    void anInvalidSignupDetailIsNamedAndNothingIsStored() {
        Http.Response details = http.postJson(
                "/customer/demo/signup",
                latchkey.anonymousToken(),
                "{\"email\":\"bob@example.test\",\"password\":\"" + PASSWORD
                        + "\",\"customerDetails\":{\"firstName\":7}}");
        Http.Response address = http.postJson(
                "/customer/demo/signup",
                latchkey.anonymousToken(),
                "{\"email\":\"bob@example.test\",\"password\":\"" + PASSWORD
                        + "\",\"customerAddress\":{\"country\":\"XX\"}}");
        Http.Response notAnObject = http.postJson(
                "/customer/demo/signup",
                latchkey.anonymousToken(),
                "{\"email\":\"bob@example.test\",\"password\":\"" + PASSWORD + "\",\"customerDetails\":\"Bob\"}");

        assertThat(details.status()).isEqualTo(400);
        assertThat(details.json().get("details").get(0).get("field").asText()).isEqualTo("customerDetails.firstName");
        assertThat(address.json().get("details").get(0).get("field").asText()).isEqualTo("customerAddress.country");
        assertThat(notAnObject.json().get("details").get(0).get("field").asText())
                .isEqualTo("customerDetails");
        assertThat(latchkey.login("bob@example.test", PASSWORD).code())
                .as("no account")
                .isEqualTo("LK200");
    }

    @Test
    void aTakenEmailStillAnswers201AndKeepsTheOwnersProfile() {
        patch("{\"firstName\":\"Ada\"}");

        Http.Response again = http.postJson(
                "/customer/demo/signup",
                latchkey.anonymousToken(),
                "{\"email\":\"" + ADA + "\",\"password\":\"" + PASSWORD
                        + "\",\"customerDetails\":{\"firstName\":\"Eve\"},"
                        + "\"customerAddress\":{\"street\":\"Evil St\"}}");

        assertThat(again.status()).isEqualTo(201);
        JsonNode me = http.get("/customer/demo/me?expand=addresses", token).json();
        assertThat(me.get("firstName").asText()).isEqualTo("Ada");
        assertThat(me.get("addresses")).isEmpty();
    }

    @Test
    void theExportHoldsTheProfileAndTheAddresses() {
        patch("{\"firstName\":\"Ada\",\"mixins\":{\"k\":[1]}}");
        http.postJson("/customer/demo/me/addresses", token, "{\"street\":\"Main St\",\"country\":\"DE\"}");

        JsonNode export = http.get("/customer/demo/me/export", token).json();

        assertThat(export.get("firstName").asText()).isEqualTo("Ada");
        assertThat(export.get("preferredCurrency").asText()).isEqualTo("USD");
        assertThat(export.get("mixins").toString()).isEqualTo("{\"k\":[1]}");
        assertThat(export.get("addresses")).hasSize(1);
        assertThat(export.get("addresses").get(0).get("street").asText()).isEqualTo("Main St");
        assertThat(export.get("accounts").get(0).get("email").asText()).isEqualTo(ADA);
        assertThat(export.has("sessions")).isTrue();
    }

    @Test
    void aServiceOrAnonymousTokenCannotReadOrPatchTheProfile() {
        assertThat(http.get("/customer/demo/me", latchkey.anonymousToken()).status())
                .isEqualTo(403);
        assertThat(http.get("/customer/demo/me", null).status()).isEqualTo(401);
    }

    private void assertInvalid(String body, String field, String code) {
        Http.Response response = patch(body);
        assertThat(response.status()).as(body).isEqualTo(400);
        assertThat(response.code()).as(body).isEqualTo(code);
        assertThat(response.json().get("details").get(0).get("field").asText())
                .as(body)
                .isEqualTo(field);
    }

    private Http.Response patch(String body) {
        return http.send(http.request("/customer/demo/me", token)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }
}
