package dev.latchkey.application.service.tenant;

import dev.latchkey.application.port.in.tenant.ConfigureTenantUseCase;
import dev.latchkey.application.port.out.TenantRepository;
import dev.latchkey.application.port.out.Transactions;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.tenant.TenantLook;
import dev.latchkey.domain.tenant.TenantSettings;
import java.util.Optional;

/**
 * Changes the given parts of a tenant's display name, look, link base, allowed return URLs and token lifetimes in one
 * transaction; a tenant the command would leave as it is is not written.
 */
public final class ConfigureTenantService implements ConfigureTenantUseCase {

    private final TenantRepository tenants;
    private final Transactions transactions;

    public ConfigureTenantService(TenantRepository tenants, Transactions transactions) {
        this.tenants = tenants;
        this.transactions = transactions;
    }

    @Override
    public Result configure(Command command) {
        return transactions.inTransaction(() -> {
            Optional<Tenant> found = tenants.find(command.tenant());
            if (found.isEmpty()) {
                return new UnknownTenant(command.tenant());
            }
            Tenant before = found.get();
            Tenant after = changed(before, command);
            if (!after.equals(before)) {
                tenants.update(after);
            }
            return new Configured(after);
        });
    }

    private static Tenant changed(Tenant tenant, Command command) {
        TenantLook look = tenant.look();
        if (command.logoUrl().isPresent()) {
            look = look.withLogoUrl(unlessBlank(command.logoUrl().get()));
        }
        if (command.primaryColor().isPresent()) {
            look = look.withPrimaryColor(unlessBlank(command.primaryColor().get()));
        }
        if (command.supportEmail().isPresent()) {
            look = look.withSupportEmail(unlessBlank(command.supportEmail().get()));
        }
        TenantSettings settings = tenant.settings();
        if (command.linkBase().isPresent()) {
            settings = settings.withLinkBase(unlessBlank(command.linkBase().get()));
        }
        if (command.allowedReturnUrls().isPresent()) {
            settings =
                    settings.withAllowedReturnUrls(command.allowedReturnUrls().get());
        }
        for (var lifetime : command.lifetimes().entrySet()) {
            settings = settings.withLifetime(lifetime.getKey(), lifetime.getValue());
        }
        if (command.refreshReuseWindow().isPresent()) {
            settings =
                    settings.withRefreshReuseWindow(command.refreshReuseWindow().get());
        }
        return tenant.withDisplayName(command.displayName().orElse(tenant.displayName()))
                .withLook(look)
                .withSettings(settings);
    }

    private static Optional<String> unlessBlank(String value) {
        return value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
