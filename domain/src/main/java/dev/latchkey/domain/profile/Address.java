package dev.latchkey.domain.profile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * One address of a customer's address book. Optional fields are null when not set; {@code metadata}
 * and {@code mixins} are the JSON text of an object.
 */
public record Address(
        AddressId id,
        String contactName,
        String companyName,
        String street,
        String streetNumber,
        String streetAppendix,
        String extraLine1,
        String extraLine2,
        String extraLine3,
        String extraLine4,
        String zipCode,
        String city,
        String country,
        String state,
        String contactPhone,
        List<String> tags,
        boolean isDefault,
        String metadata,
        String mixins) {

    /** How many addresses one customer may keep. */
    public static final int MAX_PER_CUSTOMER = 50;

    public Address {
        Objects.requireNonNull(id, "id");
        tags = List.copyOf(tags);
    }

    /** A new address with nothing set. */
    public static Address empty(AddressId id) {
        return new Address(
                id, null, null, null, null, null, null, null, null, null, null, null, null, null, null, List.of(),
                false, null, null);
    }

    /** The address after a merge patch: fields not in the patch stay as they are. */
    public Address apply(AddressPatch patch) {
        return new Address(
                id,
                patch.contactName().applyTo(contactName, null),
                patch.companyName().applyTo(companyName, null),
                patch.street().applyTo(street, null),
                patch.streetNumber().applyTo(streetNumber, null),
                patch.streetAppendix().applyTo(streetAppendix, null),
                patch.extraLine1().applyTo(extraLine1, null),
                patch.extraLine2().applyTo(extraLine2, null),
                patch.extraLine3().applyTo(extraLine3, null),
                patch.extraLine4().applyTo(extraLine4, null),
                patch.zipCode().applyTo(zipCode, null),
                patch.city().applyTo(city, null),
                patch.country().applyTo(country, null),
                patch.state().applyTo(state, null),
                patch.contactPhone().applyTo(contactPhone, null),
                patch.tags().applyTo(tags, List.of()),
                patch.isDefault().applyTo(isDefault, false),
                patch.metadata().applyTo(metadata, null),
                patch.mixins().applyTo(mixins, null));
    }

    public Address withTags(List<String> newTags) {
        return new Address(
                id,
                contactName,
                companyName,
                street,
                streetNumber,
                streetAppendix,
                extraLine1,
                extraLine2,
                extraLine3,
                extraLine4,
                zipCode,
                city,
                country,
                state,
                contactPhone,
                newTags,
                isDefault,
                metadata,
                mixins);
    }

    /** The tags with {@code added} joined at the end (those it has already stay where they are). */
    public List<String> tagsWith(List<String> added) {
        LinkedHashSet<String> all = new LinkedHashSet<>(tags);
        all.addAll(added);
        return List.copyOf(all);
    }

    public List<String> tagsWithout(List<String> removed) {
        List<String> left = new ArrayList<>(tags);
        left.removeAll(removed);
        return List.copyOf(left);
    }
}
