package dev.latchkey.adapter.web.api.admin;

import dev.latchkey.adapter.web.auth.BearerAuth;
import dev.latchkey.adapter.web.auth.Tenants;
import dev.latchkey.adapter.web.error.ApiException;
import dev.latchkey.adapter.web.error.ErrorCode;
import dev.latchkey.adapter.web.outcome.Outcomes;
import dev.latchkey.application.port.in.admin.AdminUseCases;
import dev.latchkey.application.port.in.admin.BlockCustomerUseCase;
import dev.latchkey.application.port.in.admin.CustomerSummary;
import dev.latchkey.application.port.in.admin.DeleteCustomerUseCase;
import dev.latchkey.application.port.in.admin.GetCustomerUseCase;
import dev.latchkey.application.port.in.admin.ListCustomersUseCase;
import dev.latchkey.application.port.in.admin.UnblockCustomerUseCase;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.tenant.AdminScopes;
import dev.latchkey.domain.tenant.Tenant;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The service API on customers for a shop's backend: {@code /admin/{tenant}/customers}, one customer,
 * block, unblock and delete. Reading takes the scope {@code customer.customer_read}, changing takes
 * {@code customer.customer_manage}; a service token of another tenant is refused like a missing scope.
 */
public final class CustomerAdminApi {

    private static final int DEFAULT_PAGE_SIZE = 20;
    private static final Pattern UUID_SHAPE =
            Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    private final Tenants tenants;
    private final BearerAuth auth;
    private final AdminUseCases admin;

    public CustomerAdminApi(Tenants tenants, BearerAuth auth, AdminUseCases admin) {
        this.tenants = tenants;
        this.auth = auth;
        this.admin = admin;
    }

    /** A customer as the service API shows it. */
    public record CustomerJson(String id, String customerNumber, String email, String status, String createdAt) {

        static CustomerJson of(CustomerSummary customer) {
            return new CustomerJson(
                    customer.id().toString(),
                    customer.number().value(),
                    customer.email().value(),
                    customer.status().name(),
                    customer.createdAt().toString());
        }
    }

    /** One page of customers; {@code page} counts from 1. */
    public record CustomerPageJson(List<CustomerJson> items, int page, int pageSize, long total) {}

    public void list(Context ctx) {
        Tenant tenant = tenants.require(ctx.pathParam("tenant"));
        auth.requireScope(ctx, tenant.name(), AdminScopes.READ_CUSTOMERS);
        int page = number(ctx, "page", 1, ListCustomersUseCase.MAX_PAGE);
        int pageSize = number(ctx, "pageSize", DEFAULT_PAGE_SIZE, ListCustomersUseCase.MAX_PAGE_SIZE);
        Optional<String> query = Optional.ofNullable(ctx.queryParam("q")).filter(q -> !q.isBlank());
        if (query.isPresent() && query.get().length() > ListCustomersUseCase.MAX_QUERY_LENGTH) {
            throw ApiException.forField(ErrorCode.LK104, "q", "too_long");
        }
        var found = admin.listCustomers().list(new ListCustomersUseCase.Command(tenant.name(), query, page, pageSize));
        ctx.json(new CustomerPageJson(
                found.items().stream().map(CustomerJson::of).toList(), found.page(), found.pageSize(), found.total()));
    }

    public void get(Context ctx) {
        Tenant tenant = tenants.require(ctx.pathParam("tenant"));
        auth.requireScope(ctx, tenant.name(), AdminScopes.READ_CUSTOMERS);
        var result = admin.getCustomer().get(new GetCustomerUseCase.Command(tenant.name(), customerId(ctx)));
        Outcomes.of(GetCustomerUseCase.Result.class, result)
                .on(GetCustomerUseCase.Found.class, found -> ctx.json(CustomerJson.of(found.customer())))
                .on(GetCustomerUseCase.NotFound.class, ApiException.refusing(ErrorCode.LK130))
                .answer();
    }

    public void block(Context ctx) {
        Tenant tenant = tenants.require(ctx.pathParam("tenant"));
        auth.requireScope(ctx, tenant.name(), AdminScopes.MANAGE_CUSTOMERS);
        var result = admin.block().block(new BlockCustomerUseCase.Command(tenant.name(), customerId(ctx)));
        Outcomes.of(BlockCustomerUseCase.Result.class, result)
                .on(BlockCustomerUseCase.Blocked.class, blocked -> ctx.status(204))
                .on(BlockCustomerUseCase.NotActivated.class, ApiException.refusing(ErrorCode.LK131))
                .on(BlockCustomerUseCase.NotFound.class, ApiException.refusing(ErrorCode.LK130))
                .answer();
    }

    public void unblock(Context ctx) {
        Tenant tenant = tenants.require(ctx.pathParam("tenant"));
        auth.requireScope(ctx, tenant.name(), AdminScopes.MANAGE_CUSTOMERS);
        var result = admin.unblock().unblock(new UnblockCustomerUseCase.Command(tenant.name(), customerId(ctx)));
        Outcomes.of(UnblockCustomerUseCase.Result.class, result)
                .on(UnblockCustomerUseCase.Unblocked.class, unblocked -> ctx.status(204))
                .on(UnblockCustomerUseCase.NotActivated.class, ApiException.refusing(ErrorCode.LK131))
                .on(UnblockCustomerUseCase.NotFound.class, ApiException.refusing(ErrorCode.LK130))
                .answer();
    }

    public void delete(Context ctx) {
        Tenant tenant = tenants.require(ctx.pathParam("tenant"));
        auth.requireScope(ctx, tenant.name(), AdminScopes.MANAGE_CUSTOMERS);
        var result = admin.delete().delete(new DeleteCustomerUseCase.Command(tenant.name(), customerId(ctx)));
        Outcomes.of(DeleteCustomerUseCase.Result.class, result)
                .on(DeleteCustomerUseCase.Deleted.class, deleted -> ctx.status(204))
                .on(DeleteCustomerUseCase.NotFound.class, ApiException.refusing(ErrorCode.LK130))
                .answer();
    }

    /** The customer id in the path; a malformed one names no customer, so it is {@code 404} like an unknown one. */
    private static CustomerId customerId(Context ctx) {
        String text = ctx.pathParam("id");
        if (!UUID_SHAPE.matcher(text).matches()) {
            throw new ApiException(ErrorCode.LK130);
        }
        return CustomerId.parse(text);
    }

    /** A whole-number query parameter from 1 to {@code max}; absent or empty gives {@code fallback}. */
    private static int number(Context ctx, String name, int fallback, int max) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // answered below like a number out of range
        }
        throw ApiException.forField(ErrorCode.LK104, name, "invalid_value");
    }
}
