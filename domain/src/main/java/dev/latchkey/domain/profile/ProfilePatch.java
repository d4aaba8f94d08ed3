package dev.latchkey.domain.profile;

/**
 * A JSON Merge Patch of the profile, one {@link Change} per field. Made from raw text values, it
 * checks and normalises each new value at construction, throwing {@link InvalidFieldException}
 * that names the first field that breaks its rule.
 */
public record ProfilePatch(
        Change<String> title,
        Change<String> firstName,
        Change<String> middleName,
        Change<String> lastName,
        Change<String> contactPhone,
        Change<String> company,
        Change<String> preferredLanguage,
        Change<String> preferredCurrency,
        Change<String> preferredSite,
        Change<String> contactEmail,
        Change<CustomerType> type,
        Change<String> b2b,
        Change<String> metadata,
        Change<String> mixins) {

    public static final int MAX_NAME = 100;
    public static final int MAX_TITLE = 50;
    public static final int MAX_COMPANY = 200;

    public ProfilePatch {
        title = title.map(v -> FieldRules.text("title", v, MAX_TITLE));
        firstName = firstName.map(v -> FieldRules.text("firstName", v, MAX_NAME));
        middleName = middleName.map(v -> FieldRules.text("middleName", v, MAX_NAME));
        lastName = lastName.map(v -> FieldRules.text("lastName", v, MAX_NAME));
        contactPhone = contactPhone.map(v -> FieldRules.phone("contactPhone", v));
        company = company.map(v -> FieldRules.text("company", v, MAX_COMPANY));
        preferredLanguage = preferredLanguage.map(v -> FieldRules.language("preferredLanguage", v));
        preferredCurrency = preferredCurrency.map(v -> FieldRules.currency("preferredCurrency", v));
        preferredSite = preferredSite.map(v -> FieldRules.site("preferredSite", v));
        contactEmail = contactEmail.map(v -> FieldRules.email("contactEmail", v));
        b2b = b2b.map(v -> FieldRules.jsonObject("b2b", v));
        metadata = metadata.map(v -> FieldRules.jsonObject("metadata", v));
        mixins = mixins.map(v -> FieldRules.jsonObject("mixins", v));
    }

    /** A patch that changes nothing. */
    public static ProfilePatch none() {
        return new ProfilePatch(
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep());
    }
}
