package dev.latchkey.application.service;

import static dev.latchkey.application.fake.FakePorts.SHOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.application.fake.FakePorts;
import dev.latchkey.application.port.out.DeferredRequest;
import dev.latchkey.application.port.out.DeferredRequest.Kind;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.EmailAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class DeferredWorkTest {

    private static final EmailAddress ADA = new EmailAddress("ada@example.test");

    private final FakePorts ports = new FakePorts();
    private final List<Runnable> handedOff = new ArrayList<>();

    @Test
    void aRequestIsStoredBeforeItIsAnsweredAndRemovedWhenItIsActedOn() {
        ports.addCustomer(SHOP, ADA.value(), "correct horse battery", AccountStatus.ACTIVE);

        ports.deferredWork(handedOff::add).submit(Kind.PASSWORD_RESET, SHOP, ADA, Optional.empty());

        assertThat(ports.deferredRequests.all())
                .singleElement()
                .satisfies(request -> assertThat(request.email()).isEqualTo(ADA));
        assertThat(ports.outbox.mails()).isEmpty();
        handedOff.forEach(Runnable::run);
        assertThat(ports.outbox.mails()).hasSize(1);
        assertThat(ports.deferredRequests.all()).isEmpty();
    }

    @Test
    void aRequestThatItsProcessNeverGotToIsActedOnAfterTheRestart() {
        ports.addCustomer(SHOP, ADA.value(), "correct horse battery", AccountStatus.ACTIVE);
        ports.deferredWork(work -> {}).submit(Kind.PASSWORD_RESET, SHOP, ADA, Optional.empty());

        ports.clock.advance(Duration.ofSeconds(5));
        int resumed = ports.deferredWork(Runnable::run).resumeLeftovers(ports.clock.instant());

        assertThat(resumed).isEqualTo(1);
        assertThat(ports.outbox.mails()).hasSize(1);
        assertThat(ports.deferredRequests.all()).isEmpty();
    }

    @Test
    void aRequestTheBackgroundHasNoRoomForIsAnsweredAndActedOnByTheResume() {
        ports.addCustomer(SHOP, ADA.value(), "correct horse battery", AccountStatus.ACTIVE);
        ports.deferredWork(work -> {
                    throw new RejectedExecutionException("full");
                })
                .submit(Kind.PASSWORD_RESET, SHOP, ADA, Optional.empty());

        ports.clock.advance(Duration.ofSeconds(1));
        assertThat(ports.deferredWork(Runnable::run).resumeLeftovers(ports.clock.instant()))
                .isEqualTo(1);
        assertThat(ports.outbox.mails()).hasSize(1);
    }

    @Test
    void aRequestReachedByTheResumeAndItsOwnThreadIsActedOnOnce() {
        ports.addCustomer(SHOP, ADA.value(), "correct horse battery", AccountStatus.PENDING);
        DeferredWork deferredWork = ports.deferredWork(handedOff::add);
        deferredWork.submit(Kind.ACTIVATION_RESEND, SHOP, ADA, Optional.empty());

        ports.clock.advance(Duration.ofSeconds(1));
        assertThat(deferredWork.resumeLeftovers(ports.clock.instant())).isEqualTo(1);
        handedOff.forEach(Runnable::run);

        assertThat(ports.outbox.mails()).hasSize(1);
    }

    @Test
    void onlyRequestsMadeBeforeTheCutoffAreResumed() {
        ports.deferredWork(work -> {}).submit(Kind.PASSWORD_RESET, SHOP, ADA, Optional.empty());

        assertThat(ports.deferredWork(Runnable::run).resumeLeftovers(ports.clock.instant()))
                .isZero();
        assertThat(ports.deferredRequests.all()).hasSize(1);
    }

    @Test
    void aFailingRequestDoesNotHoldUpTheOthersAndItsFailureIsReported() {
        List<EmailAddress> mailed = new ArrayList<>();
        Consumer<DeferredRequest> handler = request -> {
            if (request.email().equals(ADA)) {
                throw new IllegalStateException("the database went away");
            }
            mailed.add(request.email());
        };
        DeferredWork failing = new DeferredWork(
                ports.deferredRequests,
                Arrays.stream(Kind.values())
                        .map(kind -> handling(kind, handler))
                        .toList(),
                ports.transactions,
                ports.secrets,
                ports.clock,
                work -> {});
        failing.submit(Kind.PASSWORD_RESET, SHOP, ADA, Optional.empty());
        ports.clock.advance(Duration.ofSeconds(1));
        failing.submit(Kind.PASSWORD_RESET, SHOP, new EmailAddress("bob@example.test"), Optional.empty());
        ports.clock.advance(Duration.ofSeconds(1));

        assertThatThrownBy(() -> failing.resumeLeftovers(ports.clock.instant())).hasMessage("the database went away");
        assertThat(mailed).containsExactly(new EmailAddress("bob@example.test"));
    }

    @Test
    void everyKindOfRequestNeedsAHandler() {
        assertThatThrownBy(() -> new DeferredWork(
                        ports.deferredRequests,
                        List.of(handling(Kind.PASSWORD_RESET, request -> {})),
                        ports.transactions,
                        ports.secrets,
                        ports.clock,
                        Runnable::run))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aKindOfRequestHasOneHandler() {
        assertThatThrownBy(() -> new DeferredWork(
                        ports.deferredRequests,
                        List.of(
                                handling(Kind.PASSWORD_RESET, request -> {}),
                                handling(Kind.ACTIVATION_RESEND, request -> {}),
                                handling(Kind.PASSWORD_RESET, request -> {})),
                        ports.transactions,
                        ports.secrets,
                        ports.clock,
                        Runnable::run))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static DeferredRequestHandler handling(Kind kind, Consumer<DeferredRequest> action) {
        return new DeferredRequestHandler() {
            @Override
            public Kind kind() {
                return kind;
            }

            @Override
            public void actOn(DeferredRequest request) {
                action.accept(request);
            }
        };
    }
}
