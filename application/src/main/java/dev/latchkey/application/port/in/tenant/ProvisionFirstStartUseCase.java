package dev.latchkey.application.port.in.tenant;

import dev.latchkey.domain.tenant.ClientId;
import dev.latchkey.domain.tenant.TenantName;
import java.util.Optional;

/**
 * On the very first start, creates the default tenant with its storefront client and its admin
 * service client; never again afterwards.
 */
public interface ProvisionFirstStartUseCase {

    Result provision(Command command);

    /**
     * @param adminSecret         the admin client's secret; empty = generate one
     * @param firstCustomerNumber the number the tenant's first customer gets
     */
    record Command(TenantName tenant, Optional<String> adminSecret, long firstCustomerNumber) {

        @Override
        public String toString() {
            return "Command[tenant=" + tenant + "]";
        }
    }

    sealed interface Result {}

    /** @param generatedAdminSecret present only when the secret was generated, to be shown once */
    record Provisioned(TenantName tenant, ClientId storefront, ClientId admin, Optional<String> generatedAdminSecret)
            implements Result {

        @Override
        public String toString() {
            return "Provisioned[tenant=" + tenant + ", storefront=" + storefront + ", admin=" + admin + "]";
        }
    }

    record AlreadyInstalled() implements Result {}
}
