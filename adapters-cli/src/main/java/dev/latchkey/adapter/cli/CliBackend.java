package dev.latchkey.adapter.cli;

import dev.latchkey.application.port.in.client.ClientUseCases;
import dev.latchkey.application.port.in.customer.CustomerTransferUseCases;
import dev.latchkey.application.port.in.tenant.TenantUseCases;
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
     * Opens the configured database, which brings its schema up to date and, on a database no server or
     * command opened before, provisions the default tenant as the first start of a server does; the
     * embedded database through the server running on it, if one does.
     */
    Session open();

    /** The tenant the configuration names as default ({@code LATCHKEY_DEFAULT_TENANT}). */
    TenantName defaultTenant();

    /** An open database and the use cases on it; closing it closes the database. */
    interface Session extends AutoCloseable {

        TenantUseCases tenants();

        ClientUseCases clients();

        CustomerTransferUseCases customers();

        /** Writes a consistent copy of the embedded database, taken while in use, to a zip file. */
        void backupTo(Path zipFile);

        @Override
        void close();
    }
}
