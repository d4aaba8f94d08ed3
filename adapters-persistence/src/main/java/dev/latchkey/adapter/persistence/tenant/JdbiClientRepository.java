package dev.latchkey.adapter.persistence.tenant;

import dev.latchkey.application.port.out.ClientRepository;
import dev.latchkey.domain.tenant.Client;
import dev.latchkey.domain.tenant.ClientId;
import dev.latchkey.domain.tenant.ClientKind;
import dev.latchkey.domain.tenant.TenantName;
import dev.latchkey.domain.credential.TokenHash;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/** Clients in the {@code client} table; a service client's secret is kept only as its SHA-256. */
public final class JdbiClientRepository implements ClientRepository {

    private final Jdbi jdbi;

    public JdbiClientRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<Client> find(ClientId id) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT client_id, tenant, kind, secret_hash, scopes FROM client WHERE client_id = :id")
                .bind("id", id.value())
                .map((rs, ctx) -> new Client(
                        new ClientId(rs.getString("client_id")),
                        new TenantName(rs.getString("tenant")),
                        ClientKind.valueOf(rs.getString("kind")),
                        Optional.ofNullable(rs.getString("secret_hash")).map(TokenHash::new),
                        scopesOf(rs.getString("scopes"))))
                .findOne());
    }

    @Override
    public void add(Client client) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO client (client_id, tenant, kind, secret_hash, scopes)
                        VALUES (:id, :tenant, :kind, :secretHash, :scopes)""")
                .bind("id", client.id().value())
                .bind("tenant", client.tenant().value())
                .bind("kind", client.kind().name())
                .bind("secretHash", client.secretHash().map(TokenHash::hex).orElse(null))
                .bind("scopes", String.join(" ", client.scopes().stream().sorted().toList()))
                .execute());
    }

    static Set<String> scopesOf(String column) {
        return Arrays.stream(column.split(" ")).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }
}
