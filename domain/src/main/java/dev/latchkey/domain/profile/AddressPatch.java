package dev.latchkey.domain.profile;

import java.util.List;

/**
 * A JSON Merge Patch of an address (or, applied to an empty address, a new one). Made from raw
 * values, it checks and normalises each new value at construction, throwing
 * {@link InvalidFieldException} that names the field that breaks its rule.
 */
public record AddressPatch(
        Change<String> contactName,
        Change<String> companyName,
        Change<String> street,
        Change<String> streetNumber,
        Change<String> streetAppendix,
        Change<String> extraLine1,
        Change<String> extraLine2,
        Change<String> extraLine3,
        Change<String> extraLine4,
        Change<String> zipCode,
        Change<String> city,
        Change<String> country,
        Change<String> state,
        Change<String> contactPhone,
        Change<List<String>> tags,
        Change<Boolean> isDefault,
        Change<String> metadata,
        Change<String> mixins) {

    public static final int MAX_LINE = 200;
    public static final int MAX_SHORT = 20;
    public static final int MAX_CITY = 100;

    public AddressPatch {
        contactName = contactName.map(v -> FieldRules.text("contactName", v, MAX_LINE));
        companyName = companyName.map(v -> FieldRules.text("companyName", v, MAX_LINE));
        street = street.map(v -> FieldRules.text("street", v, MAX_LINE));
        streetNumber = streetNumber.map(v -> FieldRules.text("streetNumber", v, MAX_SHORT));
        streetAppendix = streetAppendix.map(v -> FieldRules.text("streetAppendix", v, MAX_LINE));
        extraLine1 = extraLine1.map(v -> FieldRules.text("extraLine1", v, MAX_LINE));
        extraLine2 = extraLine2.map(v -> FieldRules.text("extraLine2", v, MAX_LINE));
        extraLine3 = extraLine3.map(v -> FieldRules.text("extraLine3", v, MAX_LINE));
        extraLine4 = extraLine4.map(v -> FieldRules.text("extraLine4", v, MAX_LINE));
        zipCode = zipCode.map(v -> FieldRules.text("zipCode", v, MAX_SHORT));
        city = city.map(v -> FieldRules.text("city", v, MAX_CITY));
        country = country.map(v -> FieldRules.country("country", v));
        state = state.map(v -> FieldRules.text("state", v, MAX_CITY));
        contactPhone = contactPhone.map(v -> FieldRules.phone("contactPhone", v));
        tags = tags.map(v -> AddressTags.ofAddress("tags", v));
        metadata = metadata.map(v -> FieldRules.jsonObject("metadata", v));
        mixins = mixins.map(v -> FieldRules.jsonObject("mixins", v));
    }
}
