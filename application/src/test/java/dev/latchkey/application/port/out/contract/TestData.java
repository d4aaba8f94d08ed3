package dev.latchkey.application.port.out.contract;

import dev.latchkey.domain.credential.PasswordHash;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.customer.CustomerNumber;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.tenant.TenantLook;
import dev.latchkey.domain.tenant.TenantName;
import dev.latchkey.domain.tenant.TenantSettings;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Test data shared by the repository contracts. */
public final class TestData {

    public static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");

    private TestData() {}

    public static Tenant tenant(String name) {
        return new Tenant(new TenantName(name), "Shop " + name, TenantSettings.defaults(), TenantLook.none(), NOW);
    }

    public static Customer customer(Tenant tenant, String email, String number) {
        return new Customer(
                new CustomerId(UUID.randomUUID()),
                tenant.name(),
                new CustomerNumber(number),
                new EmailAddress(email),
                Optional.of(new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA")),
                AccountStatus.PENDING,
                Customer.DEFAULT_LANGUAGE,
                NOW);
    }
}
