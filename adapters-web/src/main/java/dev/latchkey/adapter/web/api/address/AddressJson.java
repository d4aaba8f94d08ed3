package dev.latchkey.adapter.web.api.address;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.latchkey.adapter.web.json.JsonObjects;
import dev.latchkey.adapter.web.json.MergePatch;
import dev.latchkey.domain.profile.Address;
import dev.latchkey.domain.profile.AddressPatch;

/** An address in JSON: read as a merge patch, written with its id. */
public final class AddressJson {

    private AddressJson() {}

    /** The address fields of {@code object} as a patch; {@code id} and unknown fields are ignored. */
    public static AddressPatch patch(ObjectMapper mapper, ObjectNode object, String prefix) {
        MergePatch json = new MergePatch(mapper, object, prefix);
        return json.build(() -> new AddressPatch(
                json.text("contactName"),
                json.text("companyName"),
                json.text("street"),
                json.text("streetNumber"),
                json.text("streetAppendix"),
                json.text("extraLine1"),
                json.text("extraLine2"),
                json.text("extraLine3"),
                json.text("extraLine4"),
                json.text("zipCode"),
                json.text("city"),
                json.text("country"),
                json.text("state"),
                json.text("contactPhone"),
                json.strings("tags"),
                json.bool("isDefault"),
                json.jsonObject("metadata"),
                json.jsonObject("mixins")));
    }

    public static ObjectNode of(ObjectMapper mapper, Address address) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", address.id().toString());
        node.put("contactName", address.contactName());
        node.put("companyName", address.companyName());
        node.put("street", address.street());
        node.put("streetNumber", address.streetNumber());
        node.put("streetAppendix", address.streetAppendix());
        node.put("extraLine1", address.extraLine1());
        node.put("extraLine2", address.extraLine2());
        node.put("extraLine3", address.extraLine3());
        node.put("extraLine4", address.extraLine4());
        node.put("zipCode", address.zipCode());
        node.put("city", address.city());
        node.put("country", address.country());
        node.put("state", address.state());
        node.put("contactPhone", address.contactPhone());
        ArrayNode tags = node.putArray("tags");
        address.tags().forEach(tags::add);
        node.put("isDefault", address.isDefault());
        JsonObjects.put(mapper, node, "metadata", address.metadata());
        JsonObjects.put(mapper, node, "mixins", address.mixins());
        return node;
    }
}
