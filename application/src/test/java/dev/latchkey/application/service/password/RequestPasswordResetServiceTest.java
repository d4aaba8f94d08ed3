package dev.latchkey.application.service.password;

import static dev.latchkey.application.fake.FakePorts.RIVAL;
import static dev.latchkey.application.fake.FakePorts.SHOP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fake.FakePorts;
import dev.latchkey.application.port.in.password.RequestPasswordResetUseCase.Command;
import dev.latchkey.application.port.out.ComposedMail;
import dev.latchkey.application.port.out.MailMessage;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.token.EmailToken;
import dev.latchkey.domain.token.EmailTokenPurpose;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestPasswordResetServiceTest {

    private static final String EMAIL = "ada@example.test";

    private final FakePorts ports = new FakePorts();
    private final List<Runnable> deferred = new ArrayList<>();
    private final RequestPasswordResetService service =
            new RequestPasswordResetService(ports.deferredWork(deferred::add));

    @Test
    void activeAccountGetsOneResetMailWithATokenLinkToTheResetPage() {
        Customer ada = ports.addCustomer(SHOP, EMAIL, "correct horse battery", AccountStatus.ACTIVE);

        request(EMAIL);

        assertThat(ports.composer.messagesOf(MailMessage.PasswordReset.class))
                .singleElement()
                .satisfies(reset -> {
                    assertThat(reset.recipient()).isEqualTo(ada.email());
                    assertThat(reset.shopName()).isEqualTo("The shop");
                    assertThat(reset.resetLink()).startsWith(FakePorts.PUBLIC_URL + "/ui/shop/password/reset?token=");
                    assertThat(reset.validFor()).isEqualTo(Duration.ofMinutes(30));
                });
        assertThat(ports.outbox.mails()).extracting(ComposedMail::recipient).containsExactly(ada.email());
    }

    @Test
    void theTokenIsKeptOnlyAsAHashAndExpiresAfterThirtyMinutes() {
        Customer ada = ports.addCustomer(SHOP, EMAIL, "correct horse battery", AccountStatus.ACTIVE);

        request(EMAIL);

        String tokenInMail = FakePorts.tokenFromLink(onlyResetMessage().resetLink());
        assertThat(ports.emailTokens.all()).singleElement().satisfies(token -> {
            assertThat(token.purpose()).isEqualTo(EmailTokenPurpose.PASSWORD_RESET);
            assertThat(token.tenant()).isEqualTo(SHOP);
            assertThat(token.customer()).isEqualTo(ada.id());
            assertThat(token.tokenHash().matches(tokenInMail)).isTrue();
            assertThat(token.tokenHash().hex()).isNotEqualTo(tokenInMail);
            assertThat(token.expiresAt()).isEqualTo(ports.clock.instant().plus(Duration.ofMinutes(30)));
        });
    }

    @Test
    void aNewResetMailVoidsTheOlderLink() {
        ports.addCustomer(SHOP, EMAIL, "correct horse battery", AccountStatus.ACTIVE);

        request(EMAIL);
        request(EMAIL);

        assertThat(ports.emailTokens.all()).extracting(EmailToken::isSpent).containsExactly(true, false);
    }

    @Test
    void unknownEmailGetsNoMailAndNoToken() {
        request("nobody@example.test");

        assertThat(ports.outbox.mails()).isEmpty();
        assertThat(ports.emailTokens.all()).isEmpty();
    }

    @Test
    void pendingAndBlockedAccountsGetNoResetMail() {
        ports.addCustomer(SHOP, "pending@example.test", "correct horse battery", AccountStatus.PENDING);
        ports.addCustomer(SHOP, "blocked@example.test", "correct horse battery", AccountStatus.BLOCKED);

        request("pending@example.test");
        request("blocked@example.test");

        assertThat(ports.outbox.mails()).isEmpty();
        assertThat(ports.emailTokens.all()).isEmpty();
    }

    @Test
    void anAccountOfAnotherTenantIsNotMailed() {
        ports.addCustomer(RIVAL, EMAIL, "correct horse battery", AccountStatus.ACTIVE);

        request(EMAIL);

        assertThat(ports.outbox.mails()).isEmpty();
    }

    @Test
    void theCallerDoesNoLookupItStoresAndHandsOffTheSameRequestForKnownAndUnknownAddresses() {
        ports.addCustomer(SHOP, EMAIL, "correct horse battery", AccountStatus.ACTIVE);

        service.request(new Command(SHOP, new EmailAddress(EMAIL)));
        service.request(new Command(SHOP, new EmailAddress("nobody@example.test")));

        assertThat(deferred).hasSize(2);
        assertThat(ports.deferredRequests.all())
                .extracting(request -> request.email().value())
                .containsExactly(EMAIL, "nobody@example.test");
        assertThat(ports.transactions.count()).isZero();
        assertThat(ports.outbox.mails()).isEmpty();
        deferred.forEach(Runnable::run);
        assertThat(ports.outbox.mails()).hasSize(1);
    }

    private void request(String email) {
        service.request(new Command(SHOP, new EmailAddress(email)));
        List<Runnable> work = List.copyOf(deferred);
        deferred.clear();
        work.forEach(Runnable::run);
    }

    private MailMessage.PasswordReset onlyResetMessage() {
        List<MailMessage.PasswordReset> resets = ports.composer.messagesOf(MailMessage.PasswordReset.class);
        assertThat(resets).hasSize(1);
        return resets.get(0);
    }
}
