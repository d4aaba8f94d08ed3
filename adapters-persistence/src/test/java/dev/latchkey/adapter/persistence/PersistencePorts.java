package dev.latchkey.adapter.persistence;

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

/** The repositories of one {@link Persistence}, for the repository contracts of the application. */
final class PersistencePorts implements RepositoryPorts {

    private final Persistence persistence;

    PersistencePorts(Persistence persistence) {
        this.persistence = persistence;
    }

    /** Opens the database, migrated to the newest schema. */
    static PersistencePorts open(DatabaseSettings settings) {
        return new PersistencePorts(Persistence.open(settings));
    }

    @Override
    public TenantRepository tenants() {
        return persistence.tenants();
    }

    @Override
    public ClientRepository clients() {
        return persistence.clients();
    }

    @Override
    public SigningKeyRepository signingKeys() {
        return persistence.signingKeys();
    }

    @Override
    public CustomerRepository customers() {
        return persistence.customers();
    }

    @Override
    public CustomerImport customerImport() {
        return persistence.customerImport();
    }

    @Override
    public AccessGrantRepository accessGrants() {
        return persistence.accessGrants();
    }

    @Override
    public LoginSessionRepository loginSessions() {
        return persistence.loginSessions();
    }

    @Override
    public EmailTokenRepository emailTokens() {
        return persistence.emailTokens();
    }

    @Override
    public MailOutbox mailOutbox() {
        return persistence.mailOutbox();
    }

    @Override
    public LoginFailureRepository loginFailures() {
        return persistence.loginFailures();
    }

    @Override
    public MailQuota mailQuota(int limit, Duration period) {
        return persistence.mailQuota(limit, period);
    }

    @Override
    public DeferredRequests deferredRequests() {
        return persistence.deferredRequests();
    }

    @Override
    public SecurityEventLog securityEvents() {
        return persistence.securityEvents();
    }

    @Override
    public ProfileRepository profiles() {
        return persistence.profiles();
    }

    @Override
    public AddressRepository addresses() {
        return persistence.addresses();
    }

    @Override
    public Transactions transactions() {
        return persistence.transactions();
    }

    @Override
    public void close() {
        persistence.close();
    }
}
