package dev.latchkey.domain.profile;

import java.util.Objects;

/**
 * A customer's profile. Optional fields are null when not set; the free JSON objects
 * ({@code b2b}, {@code metadata}, {@code mixins}) are kept as the JSON text of an object.
 */
public record Profile(
        String title,
        String firstName,
        String middleName,
        String lastName,
        String contactPhone,
        String company,
        String preferredLanguage,
        String preferredCurrency,
        String preferredSite,
        String contactEmail,
        CustomerType type,
        String b2b,
        String metadata,
        String mixins) {

    public static final String DEFAULT_LANGUAGE = "en_US";
    public static final String DEFAULT_CURRENCY = "USD";
    public static final String DEFAULT_SITE = "main";

    public Profile {
        Objects.requireNonNull(preferredLanguage, "preferredLanguage");
        Objects.requireNonNull(preferredCurrency, "preferredCurrency");
        Objects.requireNonNull(preferredSite, "preferredSite");
        Objects.requireNonNull(type, "type");
    }

    /** The profile of a customer who never set anything. */
    public static Profile defaults() {
        return new Profile(
                null,
                null,
                null,
                null,
                null,
                null,
                DEFAULT_LANGUAGE,
                DEFAULT_CURRENCY,
                DEFAULT_SITE,
                null,
                CustomerType.CUSTOMER,
                null,
                null,
                null);
    }

    /** The profile after a merge patch: fields not in the patch stay, cleared defaulted fields go back to their default. */
    public Profile apply(ProfilePatch patch) {
        return new Profile(
                patch.title().applyTo(title, null),
                patch.firstName().applyTo(firstName, null),
                patch.middleName().applyTo(middleName, null),
                patch.lastName().applyTo(lastName, null),
                patch.contactPhone().applyTo(contactPhone, null),
                patch.company().applyTo(company, null),
                patch.preferredLanguage().applyTo(preferredLanguage, DEFAULT_LANGUAGE),
                patch.preferredCurrency().applyTo(preferredCurrency, DEFAULT_CURRENCY),
                patch.preferredSite().applyTo(preferredSite, DEFAULT_SITE),
                patch.contactEmail().applyTo(contactEmail, null),
                patch.type().applyTo(type, CustomerType.CUSTOMER),
                patch.b2b().applyTo(b2b, null),
                patch.metadata().applyTo(metadata, null),
                patch.mixins().applyTo(mixins, null));
    }

    public Profile withContactEmail(String email) {
        return new Profile(
                title,
                firstName,
                middleName,
                lastName,
                contactPhone,
                company,
                preferredLanguage,
                preferredCurrency,
                preferredSite,
                email,
                type,
                b2b,
                metadata,
                mixins);
    }
}
