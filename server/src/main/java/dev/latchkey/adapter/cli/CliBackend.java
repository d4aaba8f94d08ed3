package dev.latchkey.adapter.cli;

import dev.latchkey.application.port.in.client.CreateClientUseCase;
import dev.latchkey.application.port.in.client.ListClientsUseCase;
import dev.latchkey.application.port.in.client.RevokeClientUseCase;
import dev.latchkey.application.port.in.customer.ExportCustomersUseCase;
import dev.latchkey.application.port.in.customer.ImportCustomersUseCase;
import dev.latchkey.application.port.in.tenant.ConfigureTenantUseCase;
import dev.latchkey.application.port.in.tenant.CreateTenantUseCase;
import dev.latchkey.application.port.in.tenant.ListTenantsUseCase;
import dev.latchkey.domain.tenant.TenantName;
import java.nio.file.Path;

/**
 * What the commands need from the rest of Latchkey; the server module implements it with the same
 * configuration the server reads.
 */
public interface CliBackend {

    /** Starts serving and returns; the server runs until the process is stopped. */
    void serve();

    /**
     * Opens the configured database, which brings its schema up to date; the embedded one through the
     * server running on it, if one does.
     */
    Session open();

    /** The tenant the configuration names as default ({@code LATCHKEY_DEFAULT_TENANT}). */
    TenantName defaultTenant();

    /** An open database and the use cases on it; closing it closes the database. */
    interface Session extends AutoCloseable {

        ImportCustomersUseCase importCustomers();

        ExportCustomersUseCase exportCustomers();

        CreateTenantUseCase createTenant();

        ListTenantsUseCase listTenants();

        ConfigureTenantUseCase configureTenant();

        CreateClientUseCase createClient();

        ListClientsUseCase listClients();

        RevokeClientUseCase revokeClient();

        /** Writes a consistent copy of the embedded database, taken while in use, to a zip file. */
        void backupTo(Path zipFile);

        @Override
        void close();
    }
}
