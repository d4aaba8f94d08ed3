package dev.latchkey.adapter.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.latchkey.application.port.in.customer.ImportCustomersUseCase.ImportedCustomer;
import dev.latchkey.domain.credential.PasswordHash;
import dev.latchkey.domain.customer.CustomerNumber;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.profile.AddressPatch;
import dev.latchkey.domain.profile.Change;
import dev.latchkey.domain.profile.CustomerType;
import dev.latchkey.domain.profile.InvalidFieldException;
import dev.latchkey.domain.profile.ProfilePatch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns one line of an import file (a JSON object, or a CSV record as a map of column to value)
 * into an {@link ImportedCustomer}, checking each value with the domain's rules for sign-up and
 * profile changes. A value that breaks a rule throws {@link RowException} naming the field.
 */
final class CustomerRows {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CustomerRows() {}

    static final class RowException extends RuntimeException {
        RowException(String message) {
            super(message);
        }
    }

    static ImportedCustomer fromJson(long line, String text) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new RowException("not a JSON object");
        }
        if (node == null || !node.isObject()) {
            throw new RowException("not a JSON object");
        }
        List<AddressPatch> addresses = new ArrayList<>();
        JsonNode list = node.get("addresses");
        if (list != null && !list.isNull()) {
            if (!list.isArray()) {
                throw new RowException("addresses: not a list");
            }
            for (JsonNode address : list) {
                if (!address.isObject()) {
                    throw new RowException("addresses: not a list of objects");
                }
                addresses.add(address(
                        field -> text(address, field), tagsOf(address.get("tags")), bool(address.get("isDefault"))));
            }
        }
        return customer(line, field -> text(node, field), addresses);
    }

    /** A CSV record: profile columns by name, and at most one address in columns {@code address.<field>}. */
    static ImportedCustomer fromCsv(long line, Map<String, String> record) {
        Function<String, String> value = field -> blankToNull(record.get(field));
        List<AddressPatch> addresses = new ArrayList<>();
        boolean hasAddress = record.entrySet().stream()
                .anyMatch(entry -> entry.getKey().startsWith("address.") && blankToNull(entry.getValue()) != null);
        if (hasAddress) {
            String tags = value.apply("address.tags");
            String isDefault = value.apply("address.isDefault");
            addresses.add(address(
                    field -> value.apply("address." + field),
                    tags == null
                            ? List.of()
                            : Arrays.stream(tags.split("[|;]"))
                                    .map(String::strip)
                                    .filter(t -> !t.isEmpty())
                                    .toList(),
                    isDefault != null && (isDefault.equalsIgnoreCase("true") || isDefault.equals("1"))));
        }
        return customer(line, value, addresses);
    }

    private static ImportedCustomer customer(long line, Function<String, String> field, List<AddressPatch> addresses) {
        String email = field.apply("email");
        if (email == null) {
            throw new RowException("email: missing");
        }
        if (!EmailAddress.isValid(email)) {
            throw new RowException("email: not a valid email address");
        }
        String hash = field.apply("passwordHash");
        String number = field.apply("customerNumber");
        if (number != null && number.length() > 64) {
            throw new RowException("customerNumber: longer than 64 characters");
        }
        if (hash != null && hash.length() > 512) {
            throw new RowException("passwordHash: longer than 512 characters");
        }
        try {
            ProfilePatch profile = new ProfilePatch(
                    change(field, "title"),
                    change(field, "firstName"),
                    change(field, "middleName"),
                    change(field, "lastName"),
                    change(field, "contactPhone"),
                    change(field, "company"),
                    change(field, "preferredLanguage"),
                    change(field, "preferredCurrency"),
                    change(field, "preferredSite"),
                    change(field, "contactEmail"),
                    Optional.ofNullable(field.apply("customerType"))
                            .map(v -> CustomerType.parse("customerType", v))
                            .<Change<CustomerType>>map(Change::to)
                            .orElse(Change.keep()),
                    change(field, "b2b"),
                    change(field, "metadata"),
                    change(field, "mixins"));
            return new ImportedCustomer(
                    line,
                    new EmailAddress(email),
                    Optional.ofNullable(hash).map(PasswordHash::new),
                    Optional.ofNullable(number).map(CustomerNumber::new),
                    profile,
                    addresses);
        } catch (InvalidFieldException e) {
            throw new RowException(e.field() + ": " + describe(e));
        }
    }

    private static AddressPatch address(Function<String, String> field, List<String> tags, boolean isDefault) {
        try {
            return new AddressPatch(
                    change(field, "contactName"),
                    change(field, "companyName"),
                    change(field, "street"),
                    change(field, "streetNumber"),
                    change(field, "streetAppendix"),
                    change(field, "extraLine1"),
                    change(field, "extraLine2"),
                    change(field, "extraLine3"),
                    change(field, "extraLine4"),
                    change(field, "zipCode"),
                    change(field, "city"),
                    change(field, "country"),
                    change(field, "state"),
                    change(field, "contactPhone"),
                    Change.to(tags),
                    Change.to(isDefault),
                    change(field, "metadata"),
                    change(field, "mixins"));
        } catch (InvalidFieldException e) {
            throw new RowException("addresses." + e.field() + ": " + describe(e));
        }
    }

    private static String describe(InvalidFieldException e) {
        return switch (e.problem()) {
            case INVALID_VALUE -> "not a valid value";
            case TOO_LONG -> "too long";
            case TOO_MANY -> "too many values";
        };
    }

    private static Change<String> change(Function<String, String> field, String name) {
        String value = field.apply(name);
        return value == null ? Change.keep() : Change.to(value);
    }

    /** A text field's value, or for the free JSON objects ({@code metadata}...) their JSON text; null when absent. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isContainerNode()) {
            return value.toString();
        }
        return blankToNull(value.asText());
    }

    private static List<String> tagsOf(JsonNode tags) {
        if (tags == null || tags.isNull()) {
            return List.of();
        }
        if (!tags.isArray()) {
            throw new RowException("addresses.tags: not a list");
        }
        List<String> values = new ArrayList<>();
        tags.forEach(tag -> values.add(tag.asText()));
        return values;
    }

    private static boolean bool(JsonNode value) {
        return value != null && value.asBoolean(false);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
