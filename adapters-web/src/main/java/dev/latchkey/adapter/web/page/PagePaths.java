package dev.latchkey.adapter.web.page;

import dev.latchkey.domain.tenant.ClientId;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.tenant.TenantName;
import io.javalin.http.Context;
import java.util.Optional;

/** Where a shop's pages live, the client they sign in through, and the fields of their forms. */
final class PagePaths {

    static final int MAX_FIELD = 2048;

    private PagePaths() {}

    static String base(Tenant tenant) {
        return "/ui/" + tenant.name().value();
    }

    /** The tenant named by a path {@code /ui/<tenant>/...}, when the name is well-formed. */
    static Optional<String> tenantPart(String path) {
        String[] parts = path.split("/", 4);
        return parts.length >= 3 && parts[1].equals("ui") && TenantName.isValid(parts[2])
                ? Optional.of(parts[2])
                : Optional.empty();
    }

    /** The pages sign customers in through the shop's storefront client. */
    static ClientId storefront(Tenant tenant) {
        return new ClientId(tenant.name().value() + "-storefront");
    }

    /** A form field, empty when absent, cut at {@link #MAX_FIELD} characters. */
    static String field(Context ctx, String name) {
        String value = ctx.formParam(name);
        if (value == null) {
            return "";
        }
        return value.length() > MAX_FIELD ? value.substring(0, MAX_FIELD) : value;
    }
}
