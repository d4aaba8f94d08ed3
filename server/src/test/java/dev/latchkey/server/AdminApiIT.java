package dev.latchkey.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.latchkey.domain.tenant.AdminScopes;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminApiIT {

    private static final String PASSWORD = "correct horse battery";
    private static final String RIVAL_SECRET = "rival-secret-for-tests-0123456789";

    @TempDir
    Path dataDir;

    private RunningLatchkey latchkey;
    private Http http;
    private String admin;

    @BeforeEach
    void start() {
        latchkey = RunningLatchkey.withSmtp(dataDir);
        http = latchkey.http;
        admin = serviceToken("demo-admin", RunningLatchkey.ADMIN_SECRET, null);
    }

    @AfterEach
    void stop() {
        latchkey.close();
    }

    @Test
    void listsCustomersNewestFirstWithATotal() {
        latchkey.signUpAndActivate("ada@example.test", PASSWORD);
        latchkey.clock.advance(Duration.ofSeconds(1));
        latchkey.signUpAndActivate("bob@example.test", PASSWORD);
        latchkey.clock.advance(Duration.ofSeconds(1));
        latchkey.signUp("carol@example.test", PASSWORD);

        Http.Response response = Eventually.until(
                "the third account",
                () -> http.get("/admin/demo/customers", admin),
                answer -> answer.json().get("total").asLong() == 3);

        assertThat(response.status()).isEqualTo(200);
        JsonNode page = response.json();
        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(page.get("page").asInt()).isEqualTo(1);
        assertThat(page.get("pageSize").asInt()).isEqualTo(20);
        assertThat(page.get("items")).hasSize(3);
        JsonNode carol = page.get("items").get(0);
        assertThat(carol.get("email").asText()).isEqualTo("carol@example.test");
        assertThat(carol.get("status").asText()).isEqualTo("PENDING");
        assertThat(carol.get("customerNumber").asText()).isEqualTo("100003");
        assertThat(UUID.fromString(carol.get("id").asText())).isNotNull();
        assertThat(carol.get("createdAt").asText()).isNotBlank();
        assertThat(carol.has("passwordHash")).isFalse();
        assertThat(response.body()).doesNotContain("argon2");
        assertThat(page.get("items").get(2).get("email").asText()).isEqualTo("ada@example.test");
        assertThat(page.get("items").get(2).get("status").asText()).isEqualTo("ACTIVE");
    }

    @Test
    void searchesByAPartOfTheEmailAndPagesFromOne() {
        latchkey.signUp("ada.lovelace@example.test", PASSWORD);
        latchkey.clock.advance(Duration.ofSeconds(1));
        latchkey.signUp("bob@example.test", PASSWORD);
        latchkey.clock.advance(Duration.ofSeconds(1));
        latchkey.signUp("carol@example.test", PASSWORD);
        latchkey.awaitMails("carol@example.test", 1);

        JsonNode found = http.get("/admin/demo/customers?q=LOVELACE", admin).json();
        assertThat(found.get("total").asLong()).isEqualTo(1);
        assertThat(found.get("items").get(0).get("email").asText()).isEqualTo("ada.lovelace@example.test");

        JsonNode second =
                http.get("/admin/demo/customers?page=2&pageSize=2", admin).json();
        assertThat(second.get("total").asLong()).isEqualTo(3);
        assertThat(second.get("page").asInt()).isEqualTo(2);
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("items").get(0).get("email").asText()).isEqualTo("ada.lovelace@example.test");

        assertThat(http.get("/admin/demo/customers?q=&page=&pageSize=", admin)
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(3);
    }

    @Test
    void badPagingValuesAre400NamingTheParameter() {
        for (String query : new String[] {
            "page=0", "page=-1", "page=abc", "pageSize=0", "pageSize=101", "pageSize=1.5", "page=99999999999"
        }) {
            Http.Response response = http.get("/admin/demo/customers?" + query, admin);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.code()).as(query).isEqualTo("LK104");
            assertThat(response.json().get("details").get(0).get("field").asText())
                    .isEqualTo(query.substring(0, query.indexOf('=')));
        }
        assertThat(http.get("/admin/demo/customers?q=" + "a".repeat(255), admin).status())
                .isEqualTo(400);
        assertThat(http.get("/admin/demo/customers?pageSize=100", admin).status())
                .isEqualTo(200);
    }

    @Test
    void showsOneCustomerAndAnswers404ForUnknownOrMalformedIds() {
        latchkey.signUpAndActivate("ada@example.test", PASSWORD);
        String id = idOf("ada@example.test");

        Http.Response found = http.get("/admin/demo/customers/" + id, admin);
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().get("email").asText()).isEqualTo("ada@example.test");
        assertThat(found.json().get("id").asText()).isEqualTo(id);

        for (String unknown : new String[] {UUID.randomUUID().toString(), "not-an-id", "1-1-1-1-1"}) {
            Http.Response response = http.get("/admin/demo/customers/" + unknown, admin);
            assertThat(response.status()).as(unknown).isEqualTo(404);
            assertThat(response.code()).as(unknown).isEqualTo("LK130");
        }
        assertThat(http.get("/admin/nosuch/customers", admin).code()).isEqualTo("LK300");
    }

    @Test
    void aBlockedCustomerCannotLogInAndItsSessionsEndAtOnce() {
        JsonNode session = latchkey.signUpAndActivate("ada@example.test", PASSWORD);
        String id = idOf("ada@example.test");

        assertThat(post("/admin/demo/customers/" + id + "/block", admin).status())
                .isEqualTo(204);

        Http.Response login = latchkey.login("ada@example.test", PASSWORD);
        assertThat(login.status()).isEqualTo(401);
        assertThat(login.code()).isEqualTo("LK202");
        String accessToken = session.get("accessToken").asText();
        assertThat(http.get("/customer/demo/logout?accessToken=" + accessToken, accessToken)
                        .code())
                .isEqualTo("ER800");
        assertThat(http.get(
                                "/customer/demo/refreshauthtoken?refreshToken="
                                        + session.get("refreshToken").asText(),
                                latchkey.anonymousToken())
                        .status())
                .isEqualTo(401);
        assertThat(http.get("/admin/demo/customers/" + id, admin)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("BLOCKED");
        assertThat(post("/admin/demo/customers/" + id + "/block", admin).status())
                .isEqualTo(204);

        assertThat(post("/admin/demo/customers/" + id + "/unblock", admin).status())
                .isEqualTo(204);
        assertThat(http.get("/admin/demo/customers/" + id, admin)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("ACTIVE");
        assertThat(latchkey.login("ada@example.test", PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aPendingCustomerIsNeitherBlockedNorUnblocked() {
        latchkey.signUp("ada@example.test", PASSWORD);
        String id = idOf("ada@example.test");

        Http.Response block = post("/admin/demo/customers/" + id + "/block", admin);
        Http.Response unblock = post("/admin/demo/customers/" + id + "/unblock", admin);

        assertThat(block.status()).isEqualTo(unblock.status()).isEqualTo(409);
        assertThat(block.code()).isEqualTo(unblock.code()).isEqualTo("LK131");
        assertThat(http.get("/admin/demo/customers/" + id, admin)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("PENDING");
        assertThat(post("/admin/demo/customers/" + UUID.randomUUID() + "/block", admin)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aDeletedCustomerIsGoneAndCannotLogIn() {
        latchkey.signUpAndActivate("ada@example.test", PASSWORD);
        String id = idOf("ada@example.test");

        assertThat(delete("/admin/demo/customers/" + id, admin).status()).isEqualTo(204);

        assertThat(http.get("/admin/demo/customers/" + id, admin).status()).isEqualTo(404);
        Http.Response login = latchkey.login("ada@example.test", PASSWORD);
        assertThat(login.status()).isEqualTo(401);
        assertThat(login.code()).isEqualTo("LK200");
        assertThat(delete("/admin/demo/customers/" + id, admin).status()).isEqualTo(404);
        assertThat(http.get("/admin/demo/customers", admin).json().get("total").asLong())
                .isZero();
    }

    @Test
    void readingTakesTheReadScopeAndChangingTheManageScope() {
        latchkey.signUpAndActivate("ada@example.test", PASSWORD);
        String id = idOf("ada@example.test");
        String reader = serviceToken("demo-admin", RunningLatchkey.ADMIN_SECRET, AdminScopes.READ_CUSTOMERS);
        String manager = serviceToken("demo-admin", RunningLatchkey.ADMIN_SECRET, AdminScopes.MANAGE_CUSTOMERS);

        assertThat(http.get("/admin/demo/customers", reader).status()).isEqualTo(200);
        assertThat(http.get("/admin/demo/customers/" + id, reader).status()).isEqualTo(200);
        for (Http.Response refused : new Http.Response[] {
            post("/admin/demo/customers/" + id + "/block", reader),
            post("/admin/demo/customers/" + id + "/unblock", reader),
            delete("/admin/demo/customers/" + id, reader),
            http.get("/admin/demo/customers", manager),
            http.get("/admin/demo/customers/" + id, manager)
        }) {
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.code()).isEqualTo("LK211");
        }
        assertThat(http.get("/admin/demo/customers/" + id, admin)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("ACTIVE");
        assertThat(post("/admin/demo/customers/" + id + "/block", manager).status())
                .isEqualTo(204);
    }

    @Test
    void customerAndAnonymousTokensAndNoTokenAreRefused() {
        JsonNode session = latchkey.signUpAndActivate("ada@example.test", PASSWORD);
        String id = idOf("ada@example.test");
        String customer = session.get("accessToken").asText();
        String anonymous = latchkey.anonymousToken();

        for (String token : new String[] {customer, anonymous}) {
            assertThat(http.get("/admin/demo/customers", token).status()).isEqualTo(403);
            assertThat(http.get("/admin/demo/customers/" + id, token).status()).isEqualTo(403);
            assertThat(post("/admin/demo/customers/" + id + "/block", token).status())
                    .isEqualTo(403);
            assertThat(delete("/admin/demo/customers/" + id, token).status()).isEqualTo(403);
        }
        assertThat(http.get("/admin/demo/customers", null).status()).isEqualTo(401);
        assertThat(http.get("/admin/demo/customers", null).code()).isEqualTo("ER802");
        assertThat(latchkey.login("ada@example.test", PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aServiceTokenOfOneTenantCanDoNothingOnAnother() {
        latchkey.signUpAndActivate("ada@example.test", PASSWORD);
        String id = idOf("ada@example.test");
        SecondNode.addTenantWithServiceClient(dataDir, "rival", "rival-admin", RIVAL_SECRET, AdminScopes.ALL);
        String rival = serviceToken("rival-admin", RIVAL_SECRET, null);

        assertThat(http.get("/admin/rival/customers", rival).json().get("total").asLong())
                .isZero();
        for (Http.Response refused : new Http.Response[] {
            http.get("/admin/demo/customers", rival),
            http.get("/admin/demo/customers/" + id, rival),
            post("/admin/demo/customers/" + id + "/block", rival),
            post("/admin/demo/customers/" + id + "/unblock", rival),
            delete("/admin/demo/customers/" + id, rival),
            http.get("/admin/rival/customers", admin)
        }) {
            assertThat(refused.status()).isEqualTo(403);
        }
        for (Http.Response notThere : new Http.Response[] {
            http.get("/admin/rival/customers/" + id, rival),
            post("/admin/rival/customers/" + id + "/block", rival),
            delete("/admin/rival/customers/" + id, rival)
        }) {
            assertThat(notThere.status()).isEqualTo(404);
            assertThat(notThere.code()).isEqualTo("LK130");
        }

        assertThat(http.get("/admin/demo/customers/" + id, admin)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("ACTIVE");
        assertThat(latchkey.login("ada@example.test", PASSWORD).status()).isEqualTo(200);
    }

    private String idOf(String email) {
        JsonNode items = Eventually.until(
                "the account of " + email,
                () -> http.get("/admin/demo/customers?q=" + email, admin).json().get("items"),
                found -> found.size() > 0);
        assertThat(items).hasSize(1);
        return items.get(0).get("id").asText();
    }

    private String serviceToken(String clientId, String secret, String scope) {
        String basic = "Basic "
                + Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        Http.Response response = http.postForm(
                "/oauth/token", basic, "grant_type=client_credentials" + (scope == null ? "" : "&scope=" + scope));
        assertThat(response.status()).isEqualTo(200);
        return response.json().get("access_token").asText();
    }

    private Http.Response post(String path, String bearer) {
        return http.send(http.request(path, bearer).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private Http.Response delete(String path, String bearer) {
        return http.send(http.request(path, bearer).DELETE());
    }
}
