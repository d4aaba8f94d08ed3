package dev.latchkey.application.port.in.admin;

import dev.latchkey.domain.tenant.TenantName;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Lists a tenant's customers page by page, newest first, optionally searching their email addresses. */
public interface ListCustomersUseCase {

    int MAX_PAGE = 1_000_000;
    int MAX_PAGE_SIZE = 100;
    int MAX_QUERY_LENGTH = 254;

    CustomerPage list(Command command);

    /**
     * @param emailContains a part of the email address, in any letter case; empty lists everyone
     * @param page          the page number, starting at 1
     */
    record Command(TenantName tenant, Optional<String> emailContains, int page, int pageSize) {

        public Command {
            Objects.requireNonNull(tenant, "tenant");
            Objects.requireNonNull(emailContains, "emailContains");
            if (page < 1 || page > MAX_PAGE || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
                throw new IllegalArgumentException(
                        "The page is 1 to " + MAX_PAGE + " and the page size 1 to " + MAX_PAGE_SIZE);
            }
            if (emailContains.isPresent() && emailContains.get().length() > MAX_QUERY_LENGTH) {
                throw new IllegalArgumentException("The search is at most " + MAX_QUERY_LENGTH + " characters");
            }
        }
    }

    /** One page of customers and how many match in all. */
    record CustomerPage(List<CustomerSummary> items, int page, int pageSize, long total) {

        public CustomerPage {
            items = List.copyOf(items);
        }
    }
}
