package dev.latchkey.application.service.tenant;

import dev.latchkey.application.port.in.tenant.CreateTenantUseCase;
import dev.latchkey.application.port.out.ClientRepository;
import dev.latchkey.application.port.out.SaasTokenSigner;
import dev.latchkey.application.port.out.SigningKeyRepository;
import dev.latchkey.application.port.out.TenantRepository;
import dev.latchkey.application.port.out.Transactions;
import dev.latchkey.domain.tenant.Client;
import dev.latchkey.domain.tenant.ClientId;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.tenant.TenantLook;
import dev.latchkey.domain.tenant.TenantName;
import dev.latchkey.domain.tenant.TenantSettings;
import java.time.Clock;
import java.time.Instant;

/** Creates a tenant, its first signing key and its storefront client in one transaction. */
public final class CreateTenantService implements CreateTenantUseCase {

    private final TenantRepository tenants;
    private final ClientRepository clients;
    private final SigningKeyRepository signingKeys;
    private final SaasTokenSigner signer;
    private final Transactions transactions;
    private final Clock clock;

    public CreateTenantService(
            TenantRepository tenants,
            ClientRepository clients,
            SigningKeyRepository signingKeys,
            SaasTokenSigner signer,
            Transactions transactions,
            Clock clock) {
        this.tenants = tenants;
        this.clients = clients;
        this.signingKeys = signingKeys;
        this.signer = signer;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Result create(Command command) {
        TenantName name = command.tenant();
        ClientId storefront = storefrontOf(name);
        Instant now = clock.instant();
        Tenant tenant = new Tenant(
                name,
                command.displayName().orElseGet(() -> displayNameOf(name)),
                TenantSettings.defaults(),
                TenantLook.none(),
                now);
        return transactions.inTransaction(() -> {
            if (tenants.find(name).isPresent()) {
                return new AlreadyExists(name);
            }
            if (clients.find(storefront).isPresent()) {
                return new StorefrontIdTaken(storefront);
            }
            if (!tenants.add(tenant)) {
                return new AlreadyExists(name);
            }
            signingKeys.add(signer.newKey(name, now));
            clients.add(Client.storefront(storefront, name));
            return new Created(tenant, storefront);
        });
    }

    static ClientId storefrontOf(TenantName name) {
        return new ClientId(name.value() + "-storefront");
    }

    /** {@code shop2} is shown as {@code Shop2} until a display name is set. */
    static String displayNameOf(TenantName name) {
        return Character.toUpperCase(name.value().charAt(0)) + name.value().substring(1);
    }
}
