package dev.latchkey.server;

import dev.latchkey.adapter.persistence.DatabaseSettings;
import dev.latchkey.adapter.persistence.Persistence;
import dev.latchkey.application.port.out.QueuedMail;
import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.tenant.Client;
import dev.latchkey.domain.tenant.ClientId;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.tenant.TenantLook;
import dev.latchkey.domain.tenant.TenantName;
import dev.latchkey.domain.tenant.TenantSettings;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The database of a running Latchkey, opened a second time through the persistence adapter as
 * another node would: to set up what no API creates yet (a second tenant) and to look at the outbox.
 */
final class SecondNode {

    private SecondNode() {}

    static <T> T with(Path dataDir, Function<Persistence, T> work) {
        try (Persistence persistence =
                Persistence.open(new DatabaseSettings(Persistence.embeddedUrl(dataDir), "", "", 2))) {
            return work.apply(persistence);
        }
    }

    /** Adds a tenant with a service client of its own that holds {@code scopes}. */
    static void addTenantWithServiceClient(
            Path dataDir, String tenant, String clientId, String secret, Set<String> scopes) {
        with(dataDir, persistence -> {
            TenantName name = new TenantName(tenant);
            persistence
                    .tenants()
                    .add(new Tenant(
                            name, "Shop " + tenant, TenantSettings.defaults(), TenantLook.none(), Instant.now()));
            persistence.clients().add(Client.service(new ClientId(clientId), name, TokenHash.of(secret), scopes));
            return null;
        });
    }

    /** Every mail to {@code email} in the outbox, queued or sent. */
    static List<QueuedMail> outboxMailsTo(Path dataDir, String email) {
        return with(
                dataDir,
                persistence -> persistence.mailOutbox().newest(1_000).stream()
                        .filter(mail -> mail.mail().recipient().value().equals(email))
                        .toList());
    }
}
