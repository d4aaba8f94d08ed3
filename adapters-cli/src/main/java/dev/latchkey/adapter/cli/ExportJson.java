package dev.latchkey.adapter.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.latchkey.application.port.in.customer.ExportCustomersUseCase.ExportedCustomer;
import dev.latchkey.domain.credential.PasswordHash;
import dev.latchkey.domain.profile.Address;
import dev.latchkey.domain.profile.Profile;

/** One exported customer as one line of JSON, in the form {@code customers import} reads. */
final class ExportJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExportJson() {}

    static String line(ExportedCustomer exported, boolean withHash) {
        ObjectNode node = JSON.createObjectNode();
        node.put("email", exported.customer().email().value());
        if (withHash) {
            exported.customer()
                    .passwordHash()
                    .map(PasswordHash::encoded)
                    .ifPresent(hash -> node.put("passwordHash", hash));
        }
        node.put("customerNumber", exported.customer().number().value());
        node.put("status", exported.customer().status().name());
        node.put("createdAt", exported.customer().createdAt().toString());
        Profile profile = exported.profile();
        putText(node, "title", profile.title());
        putText(node, "firstName", profile.firstName());
        putText(node, "middleName", profile.middleName());
        putText(node, "lastName", profile.lastName());
        putText(node, "contactPhone", profile.contactPhone());
        putText(node, "company", profile.company());
        node.put("preferredLanguage", profile.preferredLanguage());
        node.put("preferredCurrency", profile.preferredCurrency());
        node.put("preferredSite", profile.preferredSite());
        putText(node, "contactEmail", profile.contactEmail());
        node.put("customerType", profile.type().jsonName());
        putObject(node, "b2b", profile.b2b());
        putObject(node, "metadata", profile.metadata());
        putObject(node, "mixins", profile.mixins());
        ArrayNode addresses = node.putArray("addresses");
        for (Address address : exported.addresses()) {
            ObjectNode a = addresses.addObject();
            putText(a, "contactName", address.contactName());
            putText(a, "companyName", address.companyName());
            putText(a, "street", address.street());
            putText(a, "streetNumber", address.streetNumber());
            putText(a, "streetAppendix", address.streetAppendix());
            putText(a, "extraLine1", address.extraLine1());
            putText(a, "extraLine2", address.extraLine2());
            putText(a, "extraLine3", address.extraLine3());
            putText(a, "extraLine4", address.extraLine4());
            putText(a, "zipCode", address.zipCode());
            putText(a, "city", address.city());
            putText(a, "country", address.country());
            putText(a, "state", address.state());
            putText(a, "contactPhone", address.contactPhone());
            ArrayNode tags = a.putArray("tags");
            address.tags().forEach(tags::add);
            a.put("isDefault", address.isDefault());
            putObject(a, "metadata", address.metadata());
            putObject(a, "mixins", address.mixins());
        }
        return node.toString();
    }

    private static void putText(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static void putObject(ObjectNode node, String field, String json) {
        if (json == null) {
            return;
        }
        try {
            JsonNode parsed = JSON.readTree(json);
            node.set(field, parsed);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            node.put(field, json);
        }
    }
}
