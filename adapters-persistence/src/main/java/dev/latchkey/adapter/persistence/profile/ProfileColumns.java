package dev.latchkey.adapter.persistence.profile;

import dev.latchkey.domain.profile.CustomerType;
import dev.latchkey.domain.profile.Profile;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.statement.SqlStatement;

/** The profile columns of the {@code customer} table: their names, the parameters they are written from, reading them back. */
public final class ProfileColumns {

    /** Every profile column but {@code preferred_language}, which is also the account's. */
    public static final String WITHOUT_LANGUAGE = "title, first_name, middle_name, last_name, contact_phone, company, "
            + "preferred_currency, preferred_site, contact_email, customer_type, b2b, metadata, mixins";
    /** The parameters {@link #bind} sets for {@link #WITHOUT_LANGUAGE}, in its order. */
    public static final String WITHOUT_LANGUAGE_PARAMETERS =
            ":title, :firstName, :middleName, :lastName, :contactPhone, "
                    + ":company, :currency, :site, :contactEmail, :type, :b2b, :metadata, :mixins";

    public static final String NAMES = "preferred_language, " + WITHOUT_LANGUAGE;
    /** The parameters {@link #bind} sets for {@link #NAMES}, in its order. */
    public static final String PARAMETERS = ":language, " + WITHOUT_LANGUAGE_PARAMETERS;

    private ProfileColumns() {}

    public static <S extends SqlStatement<S>> S bind(S statement, Profile profile) {
        return statement
                .bind("title", profile.title())
                .bind("firstName", profile.firstName())
                .bind("middleName", profile.middleName())
                .bind("lastName", profile.lastName())
                .bind("contactPhone", profile.contactPhone())
                .bind("company", profile.company())
                .bind("language", profile.preferredLanguage())
                .bind("currency", profile.preferredCurrency())
                .bind("site", profile.preferredSite())
                .bind("contactEmail", profile.contactEmail())
                .bind("type", profile.type().name())
                .bind("b2b", profile.b2b())
                .bind("metadata", profile.metadata())
                .bind("mixins", profile.mixins());
    }

    public static Profile read(ResultSet rs) throws SQLException {
        return new Profile(
                rs.getString("title"),
                rs.getString("first_name"),
                rs.getString("middle_name"),
                rs.getString("last_name"),
                rs.getString("contact_phone"),
                rs.getString("company"),
                rs.getString("preferred_language"),
                rs.getString("preferred_currency"),
                rs.getString("preferred_site"),
                rs.getString("contact_email"),
                CustomerType.valueOf(rs.getString("customer_type")),
                rs.getString("b2b"),
                rs.getString("metadata"),
                rs.getString("mixins"));
    }
}
