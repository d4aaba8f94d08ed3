package dev.latchkey.adapter.web.api;

import static dev.latchkey.adapter.web.DemoUseCases.ANONYMOUS_TOKEN;
import static dev.latchkey.adapter.web.DemoUseCases.CUSTOMER;
import static dev.latchkey.adapter.web.DemoUseCases.CUSTOMER_TOKEN;
import static dev.latchkey.adapter.web.DemoUseCases.SESSION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.adapter.web.Answers;
import dev.latchkey.adapter.web.DemoUseCases;
import dev.latchkey.adapter.web.WebAlone;
import dev.latchkey.application.port.in.account.AccountExport;
import dev.latchkey.application.port.in.account.AccountUseCases;
import dev.latchkey.application.port.in.account.AddInternalLoginUseCase;
import dev.latchkey.application.port.in.account.DeleteAccountUseCase;
import dev.latchkey.application.port.in.account.ExportAccountUseCase;
import dev.latchkey.application.port.in.address.AddAddressUseCase;
import dev.latchkey.application.port.in.address.AddressUseCases;
import dev.latchkey.application.port.in.address.ChangeAddressTagsUseCase;
import dev.latchkey.application.port.in.address.DeleteAddressUseCase;
import dev.latchkey.application.port.in.address.GetAddressUseCase;
import dev.latchkey.application.port.in.address.UpdateAddressUseCase;
import dev.latchkey.application.port.in.profile.CustomerProfile;
import dev.latchkey.application.port.in.profile.GetProfileUseCase;
import dev.latchkey.application.port.in.profile.ProfileUseCases;
import dev.latchkey.application.port.in.profile.UpdateProfileUseCase;
import dev.latchkey.application.port.in.session.EndSessionUseCase;
import dev.latchkey.application.port.in.session.SessionSummary;
import dev.latchkey.application.port.in.session.SessionUseCases;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.CustomerNumber;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.customer.SecurityEvent;
import dev.latchkey.domain.customer.SecurityEventType;
import dev.latchkey.domain.policy.PasswordRule;
import dev.latchkey.domain.profile.Address;
import dev.latchkey.domain.profile.AddressId;
import dev.latchkey.domain.profile.Profile;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The signed-in customer's calls over HTTP: profile, addresses, sessions and the account, each outcome answered. */
class CustomerAccountApiTest {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    static final AddressId ADDRESS = new AddressId(java.util.UUID.fromString("0b7c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d"));
    static final CustomerProfile ADA = new CustomerProfile(
            CUSTOMER,
            new CustomerNumber("10001"),
            new EmailAddress("ada@example.test"),
            AccountStatus.ACTIVE,
            true,
            Profile.defaults(),
            Optional.empty());
    static final SecurityEvent LOGIN = SecurityEvent.of(
            DemoUseCases.DEMO, CUSTOMER, SecurityEventType.LOGIN_SUCCEEDED, NOW, "192.0.2.1", "Firefox");
    static final SessionSummary THIS_SESSION = new SessionSummary(SESSION, NOW, NOW, "Firefox", "192.0.2.1", true);

    private final Answers answers = new Answers();
    private final WebAlone web = WebAlone.serving(DemoUseCases.with(
            new ProfileUseCases(
                    command -> answers.to(command, GetProfileUseCase.Result.class),
                    command -> answers.to(command, UpdateProfileUseCase.Result.class)),
            new AddressUseCases(
                    command -> answers.to(command, AddAddressUseCase.Result.class),
                    command -> List.of(Address.empty(ADDRESS)),
                    command -> answers.to(command, GetAddressUseCase.Result.class),
                    command -> answers.to(command, UpdateAddressUseCase.Result.class),
                    command -> answers.to(command, DeleteAddressUseCase.Result.class),
                    command -> answers.to(command, ChangeAddressTagsUseCase.Result.class)),
            new SessionUseCases(
                    command -> List.of(THIS_SESSION),
                    command -> answers.to(command, EndSessionUseCase.Result.class),
                    answers::record,
                    null),
            new AccountUseCases(
                    command -> List.of(LOGIN),
                    command -> answers.to(command, ExportAccountUseCase.Result.class),
                    answers::record,
                    command -> answers.to(command, DeleteAccountUseCase.Result.class),
                    command -> answers.to(command, AddInternalLoginUseCase.Result.class),
                    null)));

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void theProfileIsReadAndPatchedByItsCustomerOnly() {
        answers.next(new GetProfileUseCase.Found(ADA));
        var found = web.get("/customer/demo/me?expand=addresses", CUSTOMER_TOKEN);
        answers.next(new GetProfileUseCase.UnknownCustomer());
        var gone = web.get("/customer/demo/me", CUSTOMER_TOKEN);
        answers.next(new UpdateProfileUseCase.Updated(ADA));
        var patched = web.request("PATCH", "/customer/demo/me")
                .bearer(CUSTOMER_TOKEN)
                .json("{\"firstName\":\"Ada\"}")
                .send();
        answers.next(new UpdateProfileUseCase.UnknownCustomer());
        var patchedGone = web.request("PATCH", "/customer/demo/me")
                .bearer(CUSTOMER_TOKEN)
                .json("{}")
                .send();

        assertThat(found.json().get("customerNumber").asText()).isEqualTo("10001");
        assertThat(answers.commands().get(0))
                .isInstanceOfSatisfying(
                        GetProfileUseCase.Command.class,
                        command -> assertThat(command.withAddresses()).isTrue());
        assertThat(gone.code()).isEqualTo("ER800");
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patchedGone.code()).isEqualTo("ER800");
        assertThat(web.get("/customer/demo/me", ANONYMOUS_TOKEN).code()).isEqualTo("LK210");
    }

    @Test
    void anAddressIsAddedReadChangedAndDeletedOrIsNotFound() {
        String path = "/customer/demo/me/addresses/" + ADDRESS.value();
        answers.next(new AddAddressUseCase.Added(ADDRESS));
        var added = web.postJson("/customer/demo/me/addresses", CUSTOMER_TOKEN, "{\"city\":\"Berlin\"}");
        answers.next(new AddAddressUseCase.AddressBookFull());
        var full = web.postJson("/customer/demo/me/addresses", CUSTOMER_TOKEN, "{\"city\":\"Berlin\"}");
        answers.next(new AddAddressUseCase.UnknownCustomer());
        var gone = web.postJson("/customer/demo/me/addresses", CUSTOMER_TOKEN, "{\"city\":\"Berlin\"}");
        answers.next(new GetAddressUseCase.Found(Address.empty(ADDRESS)));
        var read = web.get(path, CUSTOMER_TOKEN);
        answers.next(new GetAddressUseCase.UnknownAddress());
        var unknown = web.get(path, CUSTOMER_TOKEN);
        answers.next(new UpdateAddressUseCase.Updated(Address.empty(ADDRESS)));
        var updated = web.request("PATCH", path)
                .bearer(CUSTOMER_TOKEN)
                .json("{\"city\":\"Bonn\"}")
                .send();
        answers.next(new UpdateAddressUseCase.UnknownAddress());
        var updatedUnknown =
                web.request("PATCH", path).bearer(CUSTOMER_TOKEN).json("{}").send();
        answers.next(new DeleteAddressUseCase.Deleted());
        var deleted = web.request("DELETE", path).bearer(CUSTOMER_TOKEN).send();
        answers.next(new DeleteAddressUseCase.UnknownAddress());
        var deletedUnknown = web.request("DELETE", path).bearer(CUSTOMER_TOKEN).send();

        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().get("id").asText()).isEqualTo(ADDRESS.value().toString());
        assertThat(full.code()).isEqualTo("LK143");
        assertThat(gone.code()).isEqualTo("ER800");
        assertThat(read.json().get("id").asText()).isEqualTo(ADDRESS.value().toString());
        assertThat(unknown.code()).isEqualTo("LK142");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updatedUnknown.code()).isEqualTo("LK142");
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deletedUnknown.code()).isEqualTo("LK142");
        assertThat(web.get("/customer/demo/me/addresses/not-an-id", CUSTOMER_TOKEN)
                        .code())
                .isEqualTo("LK142");
        assertThat(web.get("/customer/demo/me/addresses", CUSTOMER_TOKEN).json())
                .hasSize(1);
    }

    @Test
    void tagsAreAddedOrRefusedWhenTooMany() {
        String path = "/customer/demo/me/addresses/" + ADDRESS.value() + "/tags?tags=BILLING,SHIPPING";
        answers.next(new ChangeAddressTagsUseCase.Changed());
        assertThat(web.request("POST", path).bearer(CUSTOMER_TOKEN).send().status())
                .isEqualTo(204);
        answers.next(new ChangeAddressTagsUseCase.TooManyTags());
        assertThat(web.request("POST", path).bearer(CUSTOMER_TOKEN).send().code())
                .isEqualTo("LK144");
        answers.next(new ChangeAddressTagsUseCase.UnknownAddress());
        assertThat(web.request("DELETE", path).bearer(CUSTOMER_TOKEN).send().code())
                .isEqualTo("LK142");
    }

    @Test
    void sessionsAreListedAndEnded() {
        var listed = web.get("/customer/demo/me/sessions", CUSTOMER_TOKEN);
        answers.next(new EndSessionUseCase.Ended());
        var ended = web.request("DELETE", "/customer/demo/me/sessions/session-0123456789")
                .bearer(CUSTOMER_TOKEN)
                .send();
        answers.next(new EndSessionUseCase.UnknownSession());
        var unknown = web.request("DELETE", "/customer/demo/me/sessions/session-0123456789")
                .bearer(CUSTOMER_TOKEN)
                .send();
        var others = web.request("DELETE", "/customer/demo/me/sessions")
                .bearer(CUSTOMER_TOKEN)
                .send();

        assertThat(listed.json().get(0).get("current").asBoolean()).isTrue();
        assertThat(ended.status()).isEqualTo(204);
        assertThat(unknown.code()).isEqualTo("LK242");
        assertThat(others.status()).isEqualTo(204);
    }

    @Test
    void anAccountIsDeletedWithItsMailedTokenOnly() {
        var requested = web.request("DELETE", "/customer/demo/me")
                .bearer(CUSTOMER_TOKEN)
                .send();
        answers.next(new DeleteAccountUseCase.Deleted());
        var deleted = web.request("DELETE", "/customer/demo/me?token=token-1")
                .bearer(CUSTOMER_TOKEN)
                .send();
        answers.next(new DeleteAccountUseCase.TokenExpired());
        var expired = web.request("DELETE", "/customer/demo/me?token=token-1")
                .bearer(CUSTOMER_TOKEN)
                .send();
        answers.next(new DeleteAccountUseCase.TokenInvalid());
        var invalid = web.request("DELETE", "/customer/demo/me?token=token-1")
                .bearer(CUSTOMER_TOKEN)
                .send();
        var blank = web.request("DELETE", "/customer/demo/me?token=%20")
                .bearer(CUSTOMER_TOKEN)
                .send();

        assertThat(requested.status()).isEqualTo(202);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(expired.code()).isEqualTo("ER353");
        assertThat(invalid.code()).isEqualTo("ER352");
        assertThat(blank.code()).isEqualTo("ER351");
    }

    @Test
    void theEventsAndTheExportShowWhatIsHeld() {
        var events = web.get("/customer/demo/me/events", CUSTOMER_TOKEN);
        answers.next(new ExportAccountUseCase.Exported(new AccountExport(
                CUSTOMER,
                ADA.number(),
                ADA.email(),
                AccountStatus.ACTIVE,
                NOW,
                "en_US",
                Profile.defaults(),
                List.of(),
                List.of(THIS_SESSION),
                List.of(LOGIN),
                NOW)));
        var exported = web.get("/customer/demo/me/export", CUSTOMER_TOKEN);
        answers.next(new ExportAccountUseCase.UnknownCustomer());
        var gone = web.get("/customer/demo/me/export", CUSTOMER_TOKEN);

        assertThat(events.json().get(0).get("type").asText()).isEqualTo("login_succeeded");
        assertThat(exported.json().get("email").asText()).isEqualTo("ada@example.test");
        assertThat(exported.json().get("events").get(0).get("ip").asText()).isEqualTo("192.0.2.1");
        assertThat(gone.code()).isEqualTo("ER800");
    }

    @Test
    void anEmailAndPasswordLoginIsAddedToAnAccountWithoutOne() {
        String path = "/customer/demo/me/accounts/internal";
        String body = "{\"email\":\"ada@example.test\",\"password\":\"correct horse battery\"}";
        answers.next(new AddInternalLoginUseCase.Added());
        assertThat(web.postJson(path, CUSTOMER_TOKEN, body).status()).isEqualTo(201);
        answers.next(new AddInternalLoginUseCase.AlreadyHasLogin());
        assertThat(web.postJson(path, CUSTOMER_TOKEN, body).code()).isEqualTo("LK145");
        answers.next(new AddInternalLoginUseCase.EmailTaken());
        assertThat(web.postJson(path, CUSTOMER_TOKEN, body).code()).isEqualTo("LK241");
        answers.next(new AddInternalLoginUseCase.PasswordRejected(List.of(PasswordRule.COMMON_PASSWORD)));
        assertThat(web.postJson(path, CUSTOMER_TOKEN, body).code()).isEqualTo("ER349");
    }
}
