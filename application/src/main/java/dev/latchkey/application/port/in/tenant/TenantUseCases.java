package dev.latchkey.application.port.in.tenant;

/** The use cases of tenants: finding one, creating, listing and configuring them, and the first start. */
public record TenantUseCases(
        FindTenantUseCase find,
        CreateTenantUseCase create,
        ListTenantsUseCase list,
        ConfigureTenantUseCase configure,
        ProvisionFirstStartUseCase provisionFirstStart) {}
