package dev.latchkey.adapter.web.api;

import static dev.latchkey.adapter.web.DemoUseCases.CUSTOMER;
import static dev.latchkey.adapter.web.DemoUseCases.CUSTOMER_TOKEN;
import static dev.latchkey.adapter.web.DemoUseCases.SERVICE_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.adapter.web.Answers;
import dev.latchkey.adapter.web.DemoUseCases;
import dev.latchkey.adapter.web.WebAlone;
import dev.latchkey.application.port.in.admin.AdminUseCases;
import dev.latchkey.application.port.in.admin.BlockCustomerUseCase;
import dev.latchkey.application.port.in.admin.CustomerSummary;
import dev.latchkey.application.port.in.admin.DeleteCustomerUseCase;
import dev.latchkey.application.port.in.admin.GetCustomerUseCase;
import dev.latchkey.application.port.in.admin.ListCustomersUseCase;
import dev.latchkey.application.port.in.admin.UnblockCustomerUseCase;
import dev.latchkey.application.port.in.mail.MailUseCases;
import dev.latchkey.application.port.in.password.SetPasswordUseCase;
import dev.latchkey.application.port.out.FailedMail;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.CustomerNumber;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.policy.PasswordRule;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The service API of a shop's backend over HTTP, each outcome answered as the contract says. */
class AdminApiTest {

    private static final CustomerSummary ADA = new CustomerSummary(
            CUSTOMER,
            new CustomerNumber("10001"),
            new EmailAddress("ada@example.test"),
            AccountStatus.ACTIVE,
            Instant.parse("2026-03-01T12:00:00Z"));
    private static final String CUSTOMER_PATH = "/admin/demo/customers/" + CUSTOMER.value();

    private final Answers answers = new Answers();
    private final WebAlone web = WebAlone.serving(DemoUseCases.with(
            new AdminUseCases(
                    command ->
                            new ListCustomersUseCase.CustomerPage(List.of(ADA), command.page(), command.pageSize(), 41),
                    command -> answers.to(command, GetCustomerUseCase.Result.class),
                    command -> answers.to(command, BlockCustomerUseCase.Result.class),
                    command -> answers.to(command, UnblockCustomerUseCase.Result.class),
                    command -> answers.to(command, DeleteCustomerUseCase.Result.class),
                    answers::record,
                    command -> answers.to(command, SetPasswordUseCase.Result.class)),
            new MailUseCases(
                    null,
                    tenant -> List.of(new FailedMail(
                            "mail-1",
                            new EmailAddress("bob@example.test"),
                            "Reset your password",
                            10,
                            Optional.of("connection refused"),
                            Instant.parse("2026-03-01T12:00:00Z"))))));

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void customersArePagedWithATotal() {
        var page = web.get("/admin/demo/customers?q=ada&page=2&pageSize=1", SERVICE_TOKEN);

        assertThat(page.json().get("total").asLong()).isEqualTo(41);
        assertThat(page.json().get("page").asInt()).isEqualTo(2);
        assertThat(page.json().get("items").get(0).get("email").asText()).isEqualTo("ada@example.test");
        assertThat(web.get("/admin/demo/customers?page=0", SERVICE_TOKEN).code())
                .isEqualTo("LK104");
        assertThat(web.get("/admin/demo/customers", CUSTOMER_TOKEN).code()).isEqualTo("LK210");
    }

    @Test
    void aCustomerIsFoundBlockedUnblockedAndDeletedOrIsNotFound() {
        answers.next(new GetCustomerUseCase.Found(ADA));
        assertThat(web.get(CUSTOMER_PATH, SERVICE_TOKEN)
                        .json()
                        .get("customerNumber")
                        .asText())
                .isEqualTo("10001");
        answers.next(new GetCustomerUseCase.NotFound());
        assertThat(web.get(CUSTOMER_PATH, SERVICE_TOKEN).code()).isEqualTo("LK130");
        assertThat(web.get("/admin/demo/customers/not-a-uuid", SERVICE_TOKEN).code())
                .isEqualTo("LK130");

        answers.next(new BlockCustomerUseCase.Blocked());
        assertThat(web.request("POST", CUSTOMER_PATH + "/block")
                        .bearer(SERVICE_TOKEN)
                        .send()
                        .status())
                .isEqualTo(204);
        answers.next(new BlockCustomerUseCase.NotActivated());
        assertThat(web.request("POST", CUSTOMER_PATH + "/block")
                        .bearer(SERVICE_TOKEN)
                        .send()
                        .code())
                .isEqualTo("LK131");
        answers.next(new BlockCustomerUseCase.NotFound());
        assertThat(web.request("POST", CUSTOMER_PATH + "/block")
                        .bearer(SERVICE_TOKEN)
                        .send()
                        .code())
                .isEqualTo("LK130");
        answers.next(new UnblockCustomerUseCase.Unblocked());
        assertThat(web.request("POST", CUSTOMER_PATH + "/unblock")
                        .bearer(SERVICE_TOKEN)
                        .send()
                        .status())
                .isEqualTo(204);
        answers.next(new UnblockCustomerUseCase.NotActivated());
        assertThat(web.request("POST", CUSTOMER_PATH + "/unblock")
                        .bearer(SERVICE_TOKEN)
                        .send()
                        .code())
                .isEqualTo("LK131");
        answers.next(new UnblockCustomerUseCase.NotFound());
        assertThat(web.request("POST", CUSTOMER_PATH + "/unblock")
                        .bearer(SERVICE_TOKEN)
                        .send()
                        .code())
                .isEqualTo("LK130");
        answers.next(new DeleteCustomerUseCase.Deleted());
        assertThat(web.request("DELETE", CUSTOMER_PATH)
                        .bearer(SERVICE_TOKEN)
                        .send()
                        .status())
                .isEqualTo(204);
        answers.next(new DeleteCustomerUseCase.NotFound());
        assertThat(web.request("DELETE", CUSTOMER_PATH)
                        .bearer(SERVICE_TOKEN)
                        .send()
                        .code())
                .isEqualTo("LK130");
    }

    @Test
    void aPasswordIsSetOrRefusedAndAResetLinkIsAskedFor() {
        String body = "{\"password\":\"correct horse battery\"}";
        answers.next(new SetPasswordUseCase.PasswordSet());
        assertThat(web.request("PUT", CUSTOMER_PATH + "/password")
                        .bearer(SERVICE_TOKEN)
                        .json(body)
                        .send()
                        .status())
                .isEqualTo(204);
        answers.next(new SetPasswordUseCase.CustomerNotFound());
        assertThat(web.request("PUT", CUSTOMER_PATH + "/password")
                        .bearer(SERVICE_TOKEN)
                        .json(body)
                        .send()
                        .code())
                .isEqualTo("LK130");
        answers.next(new SetPasswordUseCase.PasswordRejected(List.of(PasswordRule.TOO_SHORT)));
        assertThat(web.request("PUT", CUSTOMER_PATH + "/password")
                        .bearer(SERVICE_TOKEN)
                        .json(body)
                        .send()
                        .code())
                .isEqualTo("ER122");

        var reset = web.postJson(
                "/v1/accounts/demo/customers/change_password",
                SERVICE_TOKEN,
                "{\"email\":\"ada@example.test\",\"type\":\"customer\"}");
        var wrongType = web.postJson(
                "/v1/accounts/demo/customers/change_password",
                SERVICE_TOKEN,
                "{\"email\":\"ada@example.test\",\"type\":\"robot\"}");
        assertThat(reset.status()).isEqualTo(204);
        assertThat(wrongType.code()).isEqualTo("LK111");
    }

    @Test
    void theMailsGivenUpOnAreListedWithoutTheirBody() {
        var failed = web.get("/admin/demo/mails/failed", SERVICE_TOKEN);

        assertThat(failed.json().get("items").get(0).get("recipient").asText()).isEqualTo("bob@example.test");
        assertThat(failed.json().get("items").get(0).has("body")).isFalse();
    }
}
