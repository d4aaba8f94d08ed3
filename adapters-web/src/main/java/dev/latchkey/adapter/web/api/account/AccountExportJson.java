package dev.latchkey.adapter.web.api.account;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.latchkey.adapter.web.api.address.AddressJson;
import dev.latchkey.adapter.web.api.profile.ProfileJson;
import dev.latchkey.adapter.web.api.session.SessionsApi.SessionJson;
import dev.latchkey.application.port.in.account.AccountExport;
import dev.latchkey.domain.customer.SecurityEvent;
import java.util.List;
import java.util.Locale;

/**
 * The export document, the same for {@code GET /me/export} and the profile page's download. Its top level
 * follows the profile: the read-only fields ({@code id}, {@code customerNumber}, {@code accounts}), every
 * profile field and the {@code addresses}, then what only the export shows (login email, status, creation
 * time, sessions, events).
 */
public final class AccountExportJson {

    private AccountExportJson() {}

    /** One security event: the type in lower case, the time in ISO-8601 UTC. */
    public record EventJson(String type, String time, String ip, String userAgent) {

        public static EventJson of(SecurityEvent event) {
            return new EventJson(
                    event.type().name().toLowerCase(Locale.ROOT), event.at().toString(), event.ip(), event.userAgent());
        }
    }

    /** One login of the customer; only the email+password login ({@code internal}) exists so far. */
    public record AccountJson(String type, String email, String status) {}

    public static ObjectNode of(ObjectMapper mapper, AccountExport export) {
        String status = export.status().name();
        ObjectNode node = mapper.createObjectNode();
        node.put("id", export.id().toString());
        node.put("customerNumber", export.customerNumber().value());
        node.put("email", export.email().value());
        node.put("status", status);
        node.put("createdAt", export.createdAt().toString());
        ProfileJson.fields(mapper, node, export.profile());
        node.set(
                "accounts",
                mapper.valueToTree(
                        List.of(new AccountJson("internal", export.email().value(), status))));
        ArrayNode addresses = node.putArray("addresses");
        export.addresses().forEach(address -> addresses.add(AddressJson.of(mapper, address)));
        node.set(
                "sessions",
                mapper.valueToTree(
                        export.sessions().stream().map(SessionJson::of).toList()));
        node.set(
                "events",
                mapper.valueToTree(export.events().stream().map(EventJson::of).toList()));
        node.put("exportedAt", export.exportedAt().toString());
        return node;
    }
}
