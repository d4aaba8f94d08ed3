package dev.latchkey.application.service.tenant;

import dev.latchkey.application.port.in.tenant.ProvisionFirstStartUseCase;
import dev.latchkey.application.port.out.ClientRepository;
import dev.latchkey.application.port.out.SaasTokenSigner;
import dev.latchkey.application.port.out.SecretGenerator;
import dev.latchkey.application.port.out.SigningKeyRepository;
import dev.latchkey.application.port.out.TenantRepository;
import dev.latchkey.application.port.out.Transactions;
import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.tenant.AdminScopes;
import dev.latchkey.domain.tenant.Client;
import dev.latchkey.domain.tenant.ClientId;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.tenant.TenantLook;
import dev.latchkey.domain.tenant.TenantName;
import dev.latchkey.domain.tenant.TenantSettings;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Creates the default tenant, its signing key, its storefront client and its admin service client
 * on the first start, all in one transaction; an installation record makes sure it happens once.
 */
public final class ProvisionFirstStartService implements ProvisionFirstStartUseCase {

    private final TenantRepository tenants;
    private final ClientRepository clients;
    private final SigningKeyRepository signingKeys;
    private final SaasTokenSigner signer;
    private final SecretGenerator secrets;
    private final Transactions transactions;
    private final Clock clock;

    public ProvisionFirstStartService(
            TenantRepository tenants,
            ClientRepository clients,
            SigningKeyRepository signingKeys,
            SaasTokenSigner signer,
            SecretGenerator secrets,
            Transactions transactions,
            Clock clock) {
        this.tenants = tenants;
        this.clients = clients;
        this.signingKeys = signingKeys;
        this.signer = signer;
        this.secrets = secrets;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Result provision(Command command) {
        Instant now = clock.instant();
        Optional<String> generatedSecret =
                command.adminSecret().isPresent() ? Optional.empty() : Optional.of(secrets.newToken());
        String adminSecret = command.adminSecret().or(() -> generatedSecret).orElseThrow();
        TenantName name = command.tenant();
        ClientId storefront = CreateTenantService.storefrontOf(name);
        ClientId admin = new ClientId(name.value() + "-admin");
        return transactions.inTransaction(() -> {
            if (!tenants.markInstalled(now)) {
                return new AlreadyInstalled();
            }
            if (tenants.add(new Tenant(
                    name,
                    CreateTenantService.displayNameOf(name),
                    TenantSettings.defaults(),
                    TenantLook.none(),
                    now))) {
                signingKeys.add(signer.newKey(name, now));
                tenants.startCustomerNumbersAt(name, command.firstCustomerNumber());
            }
            clients.add(Client.storefront(storefront, name));
            clients.add(Client.service(admin, name, TokenHash.of(adminSecret), AdminScopes.ALL));
            return new Provisioned(name, storefront, admin, generatedSecret);
        });
    }
}
