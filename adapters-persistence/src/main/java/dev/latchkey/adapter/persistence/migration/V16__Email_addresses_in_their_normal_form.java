package dev.latchkey.adapter.persistence.migration;

import dev.latchkey.domain.email.EmailSyntax;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the addresses kept before email addresses had one normal form (NFC, international domains in
 * ASCII) into it, since every lookup now uses that form: a customer who signed up as
 * {@code ada@bücher.example} is found again as {@code ada@xn--bcher-kva.example}. An address whose
 * normal form another customer of the tenant already has stays as it was (both accounts are kept;
 * merging them is the shop's decision) and is counted in the log, without the address.
 */
public final class V16__Email_addresses_in_their_normal_form extends BaseJavaMigration {

    private static final Logger LOG = LoggerFactory.getLogger(V16__Email_addresses_in_their_normal_form.class);

    private record Change(String id, String tenant, String to) {}

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        List<Change> logins = new ArrayList<>();
        List<Change> contacts = new ArrayList<>();
        try (PreparedStatement select =
                        connection.prepareStatement("SELECT id, tenant, email, contact_email FROM customer");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String id = rows.getString("id");
                String tenant = rows.getString("tenant");
                changed(rows.getString("email")).ifPresent(to -> logins.add(new Change(id, tenant, to)));
                changed(rows.getString("contact_email")).ifPresent(to -> contacts.add(new Change(id, tenant, to)));
            }
        }
        int kept = 0;
        for (Change change : logins) {
            if (taken(connection, change)) {
                kept++;
            } else {
                update(connection, "UPDATE customer SET email = ? WHERE id = ?", change);
            }
        }
        for (Change change : contacts) {
            update(connection, "UPDATE customer SET contact_email = ? WHERE id = ?", change);
        }
        if (kept > 0) {
            LOG.warn(
                    "{} sign-in email addresses stay in their old form: another account of the tenant has their normal form",
                    kept);
        }
        normalise(
                connection,
                "SELECT name, support_email FROM tenant",
                "UPDATE tenant SET support_email = ? WHERE name = ?");
        normalise(
                connection,
                "SELECT token_hash, payload FROM email_token WHERE payload LIKE '%@%'",
                "UPDATE email_token SET payload = ? WHERE token_hash = ?");
    }

    private static Optional<String> changed(String address) {
        if (address == null || !EmailSyntax.isValid(address)) {
            return Optional.empty();
        }
        String normal = EmailSyntax.normalise(address);
        return normal.equals(address) ? Optional.empty() : Optional.of(normal);
    }

    private static boolean taken(Connection connection, Change change) throws SQLException {
        try (PreparedStatement query =
                connection.prepareStatement("SELECT 1 FROM customer WHERE tenant = ? AND email = ?")) {
            query.setString(1, change.tenant());
            query.setString(2, change.to());
            try (ResultSet found = query.executeQuery()) {
                return found.next();
            }
        }
    }

    private static void update(Connection connection, String sql, Change change) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, change.to());
            update.setObject(2, UUID.fromString(change.id()));
            update.executeUpdate();
        }
    }

    /** For a table keyed by text whose second column may hold an address. */
    private static void normalise(Connection connection, String select, String update) throws SQLException {
        List<String[]> changes = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(select);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String key = rows.getString(1);
                changed(rows.getString(2)).ifPresent(to -> changes.add(new String[] {to, key}));
            }
        }
        for (String[] change : changes) {
            try (PreparedStatement statement = connection.prepareStatement(update)) {
                statement.setString(1, change[0]);
                statement.setString(2, change[1]);
                statement.executeUpdate();
            }
        }
    }
}
