package dev.latchkey.application.port.out.contract;

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
import java.time.Duration;

/** The repository ports of one store, a database or the in-memory fakes, as the repository contracts test them. */
public interface RepositoryPorts extends AutoCloseable {

    TenantRepository tenants();

    ClientRepository clients();

    SigningKeyRepository signingKeys();

    CustomerRepository customers();

    CustomerImport customerImport();

    AccessGrantRepository accessGrants();

    LoginSessionRepository loginSessions();

    EmailTokenRepository emailTokens();

    MailOutbox mailOutbox();

    LoginFailureRepository loginFailures();

    /** At most {@code limit} mails of one kind to one address within any {@code period}. */
    MailQuota mailQuota(int limit, Duration period);

    DeferredRequests deferredRequests();

    SecurityEventLog securityEvents();

    ProfileRepository profiles();

    AddressRepository addresses();

    Transactions transactions();

    @Override
    void close();
}
