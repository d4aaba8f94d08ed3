package dev.latchkey.adapter.persistence.tenant;

import static dev.latchkey.adapter.persistence.Columns.optionalInstant;
import static dev.latchkey.adapter.persistence.Columns.utc;

import dev.latchkey.adapter.persistence.Savepoints;
import dev.latchkey.application.port.out.ClientRepository;
import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.tenant.Client;
import dev.latchkey.domain.tenant.ClientId;
import dev.latchkey.domain.tenant.ClientKind;
import dev.latchkey.domain.tenant.TenantName;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/** Clients in the {@code client} table; a service client's secret is kept only as its SHA-256. */
public final class JdbiClientRepository implements ClientRepository {

    private static final String COLUMNS = "client_id, tenant, kind, secret_hash, scopes, revoked_at";

    private final Jdbi jdbi;

    public JdbiClientRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<Client> find(ClientId id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM client WHERE client_id = :id")
                .bind("id", id.value())
                .map((rs, ctx) -> toClient(rs))
                .findOne());
    }

    /** Adds the client as not revoked. */
    @Override
    public boolean add(Client client) {
        return jdbi.withHandle(handle -> Savepoints.insertUnlessDuplicate(
                handle,
                h -> h.createUpdate("""
                        INSERT INTO client (client_id, tenant, kind, secret_hash, scopes)
                        VALUES (:id, :tenant, :kind, :secretHash, :scopes)""")
                        .bind("id", client.id().value())
                        .bind("tenant", client.tenant().value())
                        .bind("kind", client.kind().name())
                        .bind(
                                "secretHash",
                                client.secretHash().map(TokenHash::hex).orElse(null))
                        .bind(
                                "scopes",
                                String.join(
                                        " ", client.scopes().stream().sorted().toList()))
                        .execute()));
    }

    @Override
    public List<Client> forTenant(TenantName tenant) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT " + COLUMNS + " FROM client WHERE tenant = :tenant ORDER BY client_id")
                .bind("tenant", tenant.value())
                .map((rs, ctx) -> toClient(rs))
                .list());
    }

    @Override
    public boolean revoke(ClientId id, Instant when) {
        return jdbi.withHandle(handle -> handle.createUpdate(
                                "UPDATE client SET revoked_at = :when WHERE client_id = :id AND revoked_at IS NULL")
                        .bind("when", utc(when))
                        .bind("id", id.value())
                        .execute())
                == 1;
    }

    private static Client toClient(ResultSet rs) throws SQLException {
        return new Client(
                new ClientId(rs.getString("client_id")),
                new TenantName(rs.getString("tenant")),
                ClientKind.valueOf(rs.getString("kind")),
                Optional.ofNullable(rs.getString("secret_hash")).map(TokenHash::new),
                scopesOf(rs.getString("scopes")),
                optionalInstant(rs, "revoked_at"));
    }

    static Set<String> scopesOf(String column) {
        return Arrays.stream(column.split(" ")).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }
}
