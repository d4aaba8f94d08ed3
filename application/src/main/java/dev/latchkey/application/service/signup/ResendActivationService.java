package dev.latchkey.application.service.signup;

import dev.latchkey.application.port.in.signup.ResendActivationUseCase;
import dev.latchkey.application.port.out.CustomerRepository;
import dev.latchkey.application.port.out.TenantRepository;
import dev.latchkey.application.port.out.Transactions;
import dev.latchkey.domain.customer.AccountStatus;
import java.time.Clock;
import java.util.concurrent.Executor;

/**
 * Sends pending accounts a new activation mail; unknown and active accounts get nothing, and the caller
 * cannot tell: not from the answer, and not from its time, since nothing is looked up before it.
 */
public final class ResendActivationService implements ResendActivationUseCase {

    private final TenantRepository tenants;
    private final CustomerRepository customers;
    private final ActivationMailer activationMailer;
    private final Transactions transactions;
    private final Clock clock;
    private final Executor background;

    /** @param background where the lookup and the mail happen, after the caller has its answer */
    public ResendActivationService(TenantRepository tenants, CustomerRepository customers, ActivationMailer activationMailer,
                                   Transactions transactions, Clock clock, Executor background) {
        this.tenants = tenants;
        this.customers = customers;
        this.activationMailer = activationMailer;
        this.transactions = transactions;
        this.clock = clock;
        this.background = background;
    }

    @Override
    public void resend(Command command) {
        background.execute(() -> resendNow(command));
    }

    private void resendNow(Command command) {
        tenants.find(command.tenant()).ifPresent(tenant -> transactions.run(() ->
                customers.findByEmail(tenant.name(), command.email())
                        .filter(customer -> customer.status() == AccountStatus.PENDING)
                        .ifPresent(customer -> activationMailer.send(tenant, customer, clock.instant()))));
    }
}
