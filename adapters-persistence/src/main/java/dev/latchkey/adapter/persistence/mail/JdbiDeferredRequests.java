package dev.latchkey.adapter.persistence.mail;

import static dev.latchkey.adapter.persistence.Columns.instant;
import static dev.latchkey.adapter.persistence.Columns.utc;

import dev.latchkey.adapter.persistence.profile.AddressColumns;
import dev.latchkey.adapter.persistence.profile.ProfileColumns;
import dev.latchkey.application.port.in.RequestOrigin;
import dev.latchkey.application.port.out.DeferredRequest;
import dev.latchkey.application.port.out.DeferredRequests;
import dev.latchkey.application.port.out.SignupDetails;
import dev.latchkey.domain.credential.PasswordHash;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.profile.Address;
import dev.latchkey.domain.profile.CustomerType;
import dev.latchkey.domain.profile.Profile;
import dev.latchkey.domain.tenant.TenantName;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Deferred requests in the {@code deferred_request} table, a signup's details in {@code deferred_signup} and
 * {@code deferred_signup_address}. Removing one is a delete that only one caller can win, so of two nodes (or
 * threads) reaching the same request one acts on it; the details go with it (they cascade).
 */
public final class JdbiDeferredRequests implements DeferredRequests {

    private final Jdbi jdbi;

    public JdbiDeferredRequests(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(DeferredRequest request) {
        jdbi.useTransaction(handle -> {
            handle.createUpdate("""
                            INSERT INTO deferred_request (id, kind, tenant, email, customer_type, ip, user_agent,
                                                          requested_at)
                            VALUES (:id, :kind, :tenant, :email, :type, :ip, :userAgent, :at)""")
                    .bind("id", request.id())
                    .bind("kind", request.kind().name())
                    .bind("tenant", request.tenant().value())
                    .bind("email", request.email().value())
                    .bind("type", request.customerType().map(CustomerType::name).orElse(null))
                    .bind("ip", request.origin().map(RequestOrigin::ip).orElse(null))
                    .bind(
                            "userAgent",
                            request.origin().map(RequestOrigin::userAgent).orElse(null))
                    .bind("at", utc(request.requestedAt()))
                    .execute();
            request.signup().ifPresent(signup -> addSignup(handle, request.id(), signup));
        });
    }

    private static void addSignup(Handle handle, String id, SignupDetails signup) {
        ProfileColumns.bind(
                        handle.createUpdate(
                                "INSERT INTO deferred_signup (request_id, password_hash, " + ProfileColumns.NAMES
                                        + ") VALUES (:request, :hash, " + ProfileColumns.PARAMETERS + ")"),
                        signup.profile())
                .bind("request", id)
                .bind("hash", signup.passwordHash().encoded())
                .execute();
        signup.address()
                .ifPresent(address -> AddressColumns.bind(
                                handle.createUpdate(
                                        "INSERT INTO deferred_signup_address (request_id, " + AddressColumns.NAMES
                                                + ") VALUES (:request, " + AddressColumns.PARAMETERS + ")"),
                                address)
                        .bind("request", id)
                        .execute());
    }

    /** A signup's details are read once its row is: a signup is rare among the waiting requests. */
    @Override
    public List<DeferredRequest> oldest(Instant before, int limit) {
        return jdbi.withHandle(handle ->
                handle
                        .createQuery("""
                        SELECT id, kind, tenant, email, customer_type, ip, user_agent, requested_at FROM deferred_request
                        WHERE requested_at < :before ORDER BY requested_at, id FETCH FIRST :limit ROWS ONLY""")
                        .bind("before", utc(before))
                        .bind("limit", limit)
                        .map((rs, ctx) -> row(rs))
                        .list()
                        .stream()
                        .map(row -> row.request(
                                row.kind() == DeferredRequest.Kind.SIGNUP
                                        ? Optional.of(signup(handle, row.id()))
                                        : Optional.empty()))
                        .toList());
    }

    private record Row(
            String id,
            DeferredRequest.Kind kind,
            TenantName tenant,
            EmailAddress email,
            Optional<CustomerType> customerType,
            Optional<RequestOrigin> origin,
            Instant requestedAt) {

        DeferredRequest request(Optional<SignupDetails> signup) {
            return new DeferredRequest(id, kind, tenant, email, customerType, origin, signup, requestedAt);
        }
    }

    private static Row row(ResultSet rs) throws SQLException {
        String ip = rs.getString("ip");
        return new Row(
                rs.getString("id"),
                DeferredRequest.Kind.valueOf(rs.getString("kind")),
                new TenantName(rs.getString("tenant")),
                new EmailAddress(rs.getString("email")),
                Optional.ofNullable(rs.getString("customer_type")).map(CustomerType::valueOf),
                ip == null ? Optional.empty() : Optional.of(new RequestOrigin(ip, rs.getString("user_agent"))),
                instant(rs, "requested_at"));
    }

    private static SignupDetails signup(Handle handle, String id) {
        record Stored(PasswordHash hash, Profile profile) {}
        Stored stored = handle.createQuery("SELECT password_hash, " + ProfileColumns.NAMES
                        + " FROM deferred_signup WHERE request_id = :id")
                .bind("id", id)
                .map((rs, ctx) -> new Stored(new PasswordHash(rs.getString("password_hash")), ProfileColumns.read(rs)))
                .one();
        Optional<Address> address = handle.createQuery(
                        "SELECT " + AddressColumns.NAMES + " FROM deferred_signup_address WHERE request_id = :id")
                .bind("id", id)
                .map((rs, ctx) -> AddressColumns.read(rs))
                .findOne();
        return new SignupDetails(stored.hash(), stored.profile(), address);
    }

    @Override
    public boolean remove(String id) {
        return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM deferred_request WHERE id = :id")
                        .bind("id", id)
                        .execute())
                == 1;
    }
}
