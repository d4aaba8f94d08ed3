package dev.latchkey.application.service.token;

import dev.latchkey.application.port.in.token.GetPublicKeysUseCase;
import dev.latchkey.application.port.out.SaasTokenSigner;
import dev.latchkey.application.port.out.SigningKeyRepository;
import dev.latchkey.application.port.out.TenantRepository;
import dev.latchkey.domain.tenant.TenantName;
import java.util.Optional;

/** Publishes a tenant's public signing keys. */
public final class GetPublicKeysService implements GetPublicKeysUseCase {

    private final TenantRepository tenants;
    private final SigningKeyRepository signingKeys;
    private final SaasTokenSigner signer;

    public GetPublicKeysService(TenantRepository tenants, SigningKeyRepository signingKeys, SaasTokenSigner signer) {
        this.tenants = tenants;
        this.signingKeys = signingKeys;
        this.signer = signer;
    }

    @Override
    public Optional<String> publicKeys(TenantName tenant) {
        return tenants.find(tenant).map(found -> signer.publicKeySet(signingKeys.forTenant(tenant)));
    }
}
