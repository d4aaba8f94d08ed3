package dev.latchkey.application.service.signup;

import dev.latchkey.application.port.out.CustomerRepository;
import dev.latchkey.application.port.out.DeferredRequest;
import dev.latchkey.application.port.out.TenantRepository;
import dev.latchkey.application.port.out.Transactions;
import dev.latchkey.application.service.DeferredRequestHandler;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.tenant.TenantName;
import java.time.Clock;

/** Sends the pending account of an address a new activation mail; an unknown or active account gets nothing. */
public final class ActivationResender implements DeferredRequestHandler {

    private final TenantRepository tenants;
    private final CustomerRepository customers;
    private final ActivationMailer activationMailer;
    private final Transactions transactions;
    private final Clock clock;

    public ActivationResender(
            TenantRepository tenants,
            CustomerRepository customers,
            ActivationMailer activationMailer,
            Transactions transactions,
            Clock clock) {
        this.tenants = tenants;
        this.customers = customers;
        this.activationMailer = activationMailer;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public DeferredRequest.Kind kind() {
        return DeferredRequest.Kind.ACTIVATION_RESEND;
    }

    @Override
    public void actOn(DeferredRequest request) {
        resendIfPending(request.tenant(), request.email());
    }

    public void resendIfPending(TenantName tenantName, EmailAddress email) {
        tenants.find(tenantName)
                .ifPresent(tenant -> transactions.run(() -> customers
                        .findByEmail(tenant.name(), email)
                        .filter(customer -> customer.status() == AccountStatus.PENDING)
                        .ifPresent(customer -> activationMailer.send(tenant, customer, clock.instant()))));
    }
}
