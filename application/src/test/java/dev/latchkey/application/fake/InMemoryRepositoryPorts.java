package dev.latchkey.application.fake;

import dev.latchkey.application.port.out.AccessGrantRepository;
import dev.latchkey.application.port.out.AddressRepository;
import dev.latchkey.application.port.out.ClientRepository;
import dev.latchkey.application.port.out.CustomerImport;
import dev.latchkey.application.port.out.CustomerRepository;
import dev.latchkey.application.port.out.DeferredRequests;
import dev.latchkey.application.port.out.EmailTokenRepository;
import dev.latchkey.application.port.out.LoginFailureRepository;
import dev.latchkey.application.port.out.LoginSessionRepository;
import dev.latchkey.application.port.out.MailOutbox;
import dev.latchkey.application.port.out.MailQuota;
import dev.latchkey.application.port.out.ProfileRepository;
import dev.latchkey.application.port.out.SecurityEventLog;
import dev.latchkey.application.port.out.SigningKeyRepository;
import dev.latchkey.application.port.out.TenantRepository;
import dev.latchkey.application.port.out.Transactions;
import dev.latchkey.application.port.out.contract.RepositoryPorts;
import java.time.Duration;

/** The fakes of an empty {@link FakePorts}, wired as the service tests use them, for the repository contracts. */
final class InMemoryRepositoryPorts implements RepositoryPorts {

    private final FakePorts fakes = FakePorts.empty();

    @Override
    public TenantRepository tenants() {
        return fakes.tenants;
    }

    @Override
    public ClientRepository clients() {
        return fakes.clients;
    }

    @Override
    public SigningKeyRepository signingKeys() {
        return fakes.signingKeys;
    }

    @Override
    public CustomerRepository customers() {
        return fakes.customers;
    }

    @Override
    public CustomerImport customerImport() {
        return fakes.customerImport;
    }

    @Override
    public AccessGrantRepository accessGrants() {
        return fakes.grants;
    }

    @Override
    public LoginSessionRepository loginSessions() {
        return fakes.sessions;
    }

    @Override
    public EmailTokenRepository emailTokens() {
        return fakes.emailTokens;
    }

    @Override
    public MailOutbox mailOutbox() {
        return fakes.outbox;
    }

    @Override
    public LoginFailureRepository loginFailures() {
        return fakes.loginFailures;
    }

    @Override
    public MailQuota mailQuota(int limit, Duration period) {
        return fakes.mailQuota.withLimit(limit, period);
    }

    @Override
    public DeferredRequests deferredRequests() {
        return fakes.deferredRequests;
    }

    @Override
    public SecurityEventLog securityEvents() {
        return fakes.events;
    }

    @Override
    public ProfileRepository profiles() {
        return fakes.profiles;
    }

    @Override
    public AddressRepository addresses() {
        return fakes.addresses;
    }

    @Override
    public Transactions transactions() {
        return fakes.transactions;
    }

    @Override
    public void close() {
        // nothing to release: the fakes go with the test
    }
}
