package dev.latchkey.adapter.web.api.profile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.latchkey.adapter.web.api.address.AddressJson;
import dev.latchkey.adapter.web.json.JsonObjects;
import dev.latchkey.adapter.web.json.MergePatch;
import dev.latchkey.application.port.in.profile.CustomerProfile;
import dev.latchkey.domain.profile.CustomerType;
import dev.latchkey.domain.profile.Profile;
import dev.latchkey.domain.profile.ProfilePatch;

/** The profile in JSON: read as a merge patch, written with its read-only fields (and addresses when asked). */
public final class ProfileJson {

    private ProfileJson() {}

    /** The profile fields of {@code object} as a patch; read-only and unknown fields are ignored. */
    public static ProfilePatch patch(ObjectMapper mapper, ObjectNode object, String prefix) {
        MergePatch json = new MergePatch(mapper, object, prefix);
        return json.build(() -> new ProfilePatch(
                json.text("title"),
                json.text("firstName"),
                json.text("middleName"),
                json.text("lastName"),
                json.text("contactPhone"),
                json.text("company"),
                json.text("preferredLanguage"),
                json.text("preferredCurrency"),
                json.text("preferredSite"),
                json.text("contactEmail"),
                json.text("type").map(value -> CustomerType.parse("type", value)),
                json.jsonObject("b2b"),
                json.jsonObject("metadata"),
                json.jsonObject("mixins")));
    }

    public static ObjectNode of(ObjectMapper mapper, CustomerProfile customer) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", customer.id().value().toString());
        node.put("customerNumber", customer.number().value());
        fields(mapper, node, customer.profile());
        ArrayNode accounts = node.putArray("accounts");
        if (customer.hasPasswordLogin()) {
            accounts.addObject()
                    .put("type", "internal")
                    .put("email", customer.email().value())
                    .put("status", customer.status().name());
        }
        customer.addresses().ifPresent(addresses -> {
            ArrayNode array = node.putArray("addresses");
            addresses.forEach(address -> array.add(AddressJson.of(mapper, address)));
        });
        return node;
    }

    /** Puts the profile's fields into {@code node}; unset ones as {@code null}. */
    public static void fields(ObjectMapper mapper, ObjectNode node, Profile profile) {
        node.put("title", profile.title());
        node.put("firstName", profile.firstName());
        node.put("middleName", profile.middleName());
        node.put("lastName", profile.lastName());
        node.put("contactPhone", profile.contactPhone());
        node.put("company", profile.company());
        node.put("preferredLanguage", profile.preferredLanguage());
        node.put("preferredCurrency", profile.preferredCurrency());
        node.put("preferredSite", profile.preferredSite());
        node.put("contactEmail", profile.contactEmail());
        node.put("type", profile.type().jsonName());
        JsonObjects.put(mapper, node, "b2b", profile.b2b());
        JsonObjects.put(mapper, node, "metadata", profile.metadata());
        JsonObjects.put(mapper, node, "mixins", profile.mixins());
    }
}
