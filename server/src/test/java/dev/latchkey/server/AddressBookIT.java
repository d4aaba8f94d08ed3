package dev.latchkey.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AddressBookIT {

    private static final String PASSWORD = "correct horse battery";
    private static final String ADDRESSES = "/customer/demo/me/addresses";

    @TempDir
    Path dataDir;

    private RunningLatchkey latchkey;
    private Http http;
    private String ada;

    @BeforeEach
    void start() {
        latchkey = RunningLatchkey.withSmtp(dataDir);
        http = latchkey.http;
        ada = latchkey.signUpAndActivate("ada@example.test", PASSWORD)
                .get("accessToken")
                .asText();
    }

    @AfterEach
    void stop() {
        latchkey.close();
    }

    @Test
    void anAddressIsAddedReadListedPatchedAndDeleted() {
        Http.Response added = http.postJson(
                ADDRESSES,
                ada,
                "{\"id\":\"ignored\",\"contactName\":\"Ada Lovelace\","
                        + "\"street\":\"Main St\",\"streetNumber\":\"1\",\"zipCode\":\"10115\",\"city\":\"Berlin\",\"country\":\"de\","
                        + "\"extraLine1\":\"Floor 2\",\"tags\":[\"billing\",\" Billing \",\"shipping\"],\"metadata\":{\"k\":\"v\"}}");
        assertThat(added.status()).isEqualTo(201);
        String id = added.json().get("id").asText();
        assertThat(id).isNotEqualTo("ignored");

        JsonNode address = http.get(ADDRESSES + "/" + id, ada).json();
        assertThat(address.get("id").asText()).isEqualTo(id);
        assertThat(address.get("country").asText()).isEqualTo("DE");
        assertThat(address.get("extraLine1").asText()).isEqualTo("Floor 2");
        assertThat(address.get("tags").toString()).isEqualTo("[\"BILLING\",\"SHIPPING\"]");
        assertThat(address.get("isDefault").asBoolean()).isFalse();
        assertThat(address.get("metadata").get("k").asText()).isEqualTo("v");
        assertThat(http.get(ADDRESSES, ada).json()).containsExactly(address);

        Http.Response patched =
                patch(ADDRESSES + "/" + id, ada, "{\"city\":\"Hamburg\",\"extraLine1\":null,\"metadata\":null}");
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().get("city").asText()).isEqualTo("Hamburg");
        assertThat(patched.json().get("street").asText()).isEqualTo("Main St");
        assertThat(patched.json().get("extraLine1").isNull()).isTrue();
        assertThat(patched.json().get("metadata").isNull()).isTrue();
        assertThat(http.get(ADDRESSES + "/" + id, ada).json()).isEqualTo(patched.json());

        assertThat(http.delete(ADDRESSES + "/" + id, ada).status()).isEqualTo(204);
        assertThat(http.get(ADDRESSES + "/" + id, ada).status()).isEqualTo(404);
        assertThat(http.get(ADDRESSES, ada).json()).isEmpty();
    }

    @Test
    void everyFieldIsValidatedNamingIt() {
        assertInvalid("{\"country\":\"XX\"}", "country", "LK140");
        assertInvalid("{\"country\":\"DEU\"}", "country", "LK141");
        assertInvalid("{\"street\":\"" + "x".repeat(201) + "\"}", "street", "LK141");
        assertInvalid("{\"zipCode\":\"" + "1".repeat(21) + "\"}", "zipCode", "LK141");
        assertInvalid("{\"extraLine4\":7}", "extraLine4", "LK101");
        assertInvalid("{\"contactPhone\":\"phone\"}", "contactPhone", "LK140");
        assertInvalid("{\"isDefault\":\"yes\"}", "isDefault", "LK101");
        assertInvalid("{\"tags\":\"A\"}", "tags", "LK101");
        assertInvalid("{\"tags\":[\"a b\"]}", "tags", "LK144");
        assertInvalid("{\"tags\":[\"\"]}", "tags", "LK144");
        assertInvalid("{\"metadata\":[]}", "metadata", "LK101");
        assertThat(http.get(ADDRESSES, ada).json()).isEmpty();
    }

    @Test
    void onlyOneAddressIsDefault() {
        String first = add("{\"street\":\"One\",\"isDefault\":true}");
        String second = add("{\"street\":\"Two\",\"isDefault\":true}");
        assertThat(defaults()).containsExactly(second);

        patch(ADDRESSES + "/" + first, ada, "{\"isDefault\":true}");
        assertThat(defaults()).containsExactly(first);

        patch(ADDRESSES + "/" + first, ada, "{\"isDefault\":false}");
        assertThat(defaults()).isEmpty();
    }

    @Test
    void twoConcurrentDefaultsLeaveExactlyOne() throws Exception {
        List<String> ids = new ArrayList<>();
        IntStream.range(0, 6).forEach(i -> ids.add(add("{\"street\":\"S" + i + "\"}")));
        for (int round = 0; round < 5; round++) {
            CountDownLatch go = new CountDownLatch(1);
            List<CompletableFuture<Integer>> requests = ids.stream()
                    .map(id -> CompletableFuture.supplyAsync(() -> {
                        await(go);
                        return patch(ADDRESSES + "/" + id, ada, "{\"isDefault\":true}")
                                .status();
                    }))
                    .toList();
            go.countDown();
            for (CompletableFuture<Integer> request : requests) {
                assertThat(request.get()).isEqualTo(200);
            }
            assertThat(defaults()).as("round %d", round).hasSize(1);
        }
    }

    @Test
    void tagsAreAddedAndRemovedNormalised() {
        String id = add("{\"tags\":[\"HOME\"]}");

        assertThat(http.postJson(ADDRESSES + "/" + id + "/tags?tags=billing,%20Shipping%20,BILLING", ada, "")
                        .status())
                .isEqualTo(204);
        assertThat(tags(id)).containsExactly("HOME", "BILLING", "SHIPPING");
        assertThat(http.postJson(ADDRESSES + "/" + id + "/tags?tags=home", ada, "")
                        .status())
                .as("already there")
                .isEqualTo(204);
        assertThat(tags(id)).containsExactly("HOME", "BILLING", "SHIPPING");

        assertThat(http.delete(ADDRESSES + "/" + id + "/tags?tags=home,Billing,UNKNOWN", ada)
                        .status())
                .isEqualTo(204);
        assertThat(tags(id)).containsExactly("SHIPPING");
    }

    @Test
    void emptyOrInvalidOrTooManyTagsAreRefused() {
        String id = add("{}");

        assertTagsRefused(http.postJson(ADDRESSES + "/" + id + "/tags", ada, ""));
        assertTagsRefused(http.postJson(ADDRESSES + "/" + id + "/tags?tags=", ada, ""));
        assertTagsRefused(http.postJson(ADDRESSES + "/" + id + "/tags?tags=A,,B", ada, ""));
        assertTagsRefused(http.postJson(ADDRESSES + "/" + id + "/tags?tags=a%20b", ada, ""));
        assertTagsRefused(http.postJson(ADDRESSES + "/" + id + "/tags?tags=" + "X".repeat(33), ada, ""));
        assertTagsRefused(http.delete(ADDRESSES + "/" + id + "/tags?tags=%21", ada));
        String twenty =
                String.join(",", IntStream.range(0, 20).mapToObj(i -> "T" + i).toList());
        assertThat(http.postJson(ADDRESSES + "/" + id + "/tags?tags=" + twenty, ada, "")
                        .status())
                .isEqualTo(204);
        assertTagsRefused(http.postJson(ADDRESSES + "/" + id + "/tags?tags=ONE_MORE", ada, ""));
        assertThat(tags(id)).hasSize(20);
    }

    @Test
    void anotherCustomersOrAnUnknownOrAMalformedIdIsNotFoundOnEveryVerb() {
        String bob = latchkey.signUpAndActivate("bob@example.test", PASSWORD)
                .get("accessToken")
                .asText();
        String bobs = http.postJson(ADDRESSES, bob, "{\"street\":\"Bob St\"}")
                .json()
                .get("id")
                .asText();

        for (String id : List.of(bobs, "6f9619ff-8b86-d011-b42d-00cf4fc964ff", "not-a-uuid")) {
            String path = ADDRESSES + "/" + id;
            assertThat(http.get(path, ada).code()).as(id).isEqualTo("LK142");
            assertThat(patch(path, ada, "{\"street\":\"Eve St\"}").code())
                    .as(id)
                    .isEqualTo("LK142");
            assertThat(http.delete(path, ada).code()).as(id).isEqualTo("LK142");
            assertThat(http.postJson(path + "/tags?tags=X", ada, "").code())
                    .as(id)
                    .isEqualTo("LK142");
            assertThat(http.delete(path + "/tags?tags=X", ada).code()).as(id).isEqualTo("LK142");
            assertThat(http.get(path, ada).status()).isEqualTo(404);
        }
        JsonNode untouched = http.get(ADDRESSES + "/" + bobs, bob).json();
        assertThat(untouched.get("street").asText()).isEqualTo("Bob St");
        assertThat(untouched.get("tags")).isEmpty();
        assertThat(http.get(ADDRESSES, ada).json()).isEmpty();
    }

    @Test
    void aCustomerKeepsAtMostFiftyAddresses() {
        IntStream.range(0, 50).forEach(i -> add("{\"street\":\"S" + i + "\"}"));

        Http.Response full = http.postJson(ADDRESSES, ada, "{\"street\":\"One too many\"}");

        assertThat(full.status()).isEqualTo(409);
        assertThat(full.code()).isEqualTo("LK143");
        assertThat(http.get(ADDRESSES, ada).json()).hasSize(50);
    }

    @Test
    void expandEmbedsTheAddressesInTheProfile() {
        String id = add("{\"street\":\"Main St\"}");

        JsonNode me = http.get("/customer/demo/me?expand=addresses", ada).json();

        assertThat(me.get("addresses")).hasSize(1);
        assertThat(me.get("addresses").get(0).get("id").asText()).isEqualTo(id);
        assertThat(http.get("/customer/demo/me", ada).json().has("addresses")).isFalse();
    }

    @Test
    void deletingTheAccountLeavesNoAddressBehind() {
        add("{\"street\":\"Main St\"}");
        assertThat(http.delete("/customer/demo/me", ada).status()).isEqualTo(202);
        String token = RunningLatchkey.tokenIn(
                latchkey.awaitMails("ada@example.test", 2).get(1));
        assertThat(http.delete("/customer/demo/me?token=" + token, ada).status())
                .isEqualTo(204);

        String again = latchkey.signUpAndActivate("ada@example.test", PASSWORD)
                .get("accessToken")
                .asText();
        assertThat(http.get(ADDRESSES, again).json()).isEmpty();
    }

    private String add(String body) {
        Http.Response response = http.postJson(ADDRESSES, ada, body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asText();
    }

    private List<String> defaults() {
        List<String> ids = new ArrayList<>();
        http.get(ADDRESSES, ada).json().forEach(address -> {
            if (address.get("isDefault").asBoolean()) {
                ids.add(address.get("id").asText());
            }
        });
        return ids;
    }

    private List<String> tags(String id) {
        List<String> tags = new ArrayList<>();
        http.get(ADDRESSES + "/" + id, ada).json().get("tags").forEach(tag -> tags.add(tag.asText()));
        return tags;
    }

    private void assertInvalid(String body, String field, String code) {
        Http.Response response = http.postJson(ADDRESSES, ada, body);
        assertThat(response.status()).as(body).isEqualTo(400);
        assertThat(response.code()).as(body).isEqualTo(code);
        assertThat(response.json().get("details").get(0).get("field").asText())
                .as(body)
                .isEqualTo(field);
    }

    private static void assertTagsRefused(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("LK144");
        assertThat(response.json().get("details").get(0).get("field").asText()).isEqualTo("tags");
    }

    private Http.Response patch(String path, String token, String body) {
        return http.send(http.request(path, token)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
