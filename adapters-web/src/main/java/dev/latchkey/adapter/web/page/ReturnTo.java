package dev.latchkey.adapter.web.page;

import dev.latchkey.domain.tenant.Tenant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a browser may be sent after sign-in: a page of the same tenant, or one of the tenant's
 * allowed URLs ({@code TenantSettings.allowsReturnTo}). Anything else is dropped, so a link cannot
 * turn the sign-in into an open redirect.
 */
final class ReturnTo {

    private static final Pattern OWN_PAGE = Pattern.compile("^/ui/[a-z0-9][a-z0-9-]*/[A-Za-z0-9/_-]*$");

    private ReturnTo() {}

    static Optional<String> check(Tenant tenant, String candidate) {
        if (candidate == null || candidate.length() > 2000) {
            return Optional.empty();
        }
        boolean ownPage = candidate.startsWith(PagePaths.base(tenant) + "/")
                && OWN_PAGE.matcher(candidate).matches()
                && !candidate.contains("//");
        return ownPage || tenant.settings().allowsReturnTo(candidate) ? Optional.of(candidate) : Optional.empty();
    }
}
