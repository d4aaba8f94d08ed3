package dev.latchkey.adapter.web.api.address;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.latchkey.adapter.web.auth.BearerAuth;
import dev.latchkey.adapter.web.auth.Tenants;
import dev.latchkey.adapter.web.error.ApiException;
import dev.latchkey.adapter.web.error.ErrorCode;
import dev.latchkey.adapter.web.json.JsonBody;
import dev.latchkey.adapter.web.json.MergePatch;
import dev.latchkey.adapter.web.outcome.Outcomes;
import dev.latchkey.application.port.in.address.AddAddressUseCase;
import dev.latchkey.application.port.in.address.AddressUseCases;
import dev.latchkey.application.port.in.address.ChangeAddressTagsUseCase;
import dev.latchkey.application.port.in.address.DeleteAddressUseCase;
import dev.latchkey.application.port.in.address.GetAddressUseCase;
import dev.latchkey.application.port.in.address.ListAddressesUseCase;
import dev.latchkey.application.port.in.address.UpdateAddressUseCase;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.profile.AddressId;
import dev.latchkey.domain.profile.AddressTags;
import dev.latchkey.domain.profile.InvalidFieldException;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.token.TokenKind;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The customer's address book: {@code /customer/{tenant}/me/addresses}, {@code /me/addresses/{id}} and
 * {@code /me/addresses/{id}/tags}. An id that is unknown, malformed or another customer's is {@code 404 LK142}.
 */
public final class AddressApi {

    private final Tenants tenants;
    private final BearerAuth auth;
    private final ObjectMapper mapper;
    private final AddressUseCases addresses;

    public AddressApi(Tenants tenants, BearerAuth auth, ObjectMapper mapper, AddressUseCases addresses) {
        this.tenants = tenants;
        this.auth = auth;
        this.mapper = mapper;
        this.addresses = addresses;
    }

    private record Caller(Tenant tenant, CustomerId customer) {}

    public void add(Context ctx) {
        Caller caller = caller(ctx);
        JsonBody body = JsonBody.parse(mapper, ctx);
        var result = addresses
                .add()
                .add(new AddAddressUseCase.Command(
                        caller.tenant().name(), caller.customer(), AddressJson.patch(mapper, body.root(), "")));
        Outcomes.of(AddAddressUseCase.Result.class, result)
                .on(
                        AddAddressUseCase.Added.class,
                        added -> ctx.status(201).json(Map.of("id", added.id().toString())))
                .on(AddAddressUseCase.AddressBookFull.class, ApiException.refusing(ErrorCode.LK143))
                .on(AddAddressUseCase.UnknownCustomer.class, ApiException.refusing(ErrorCode.ER800))
                .answer();
    }

    public void list(Context ctx) {
        Caller caller = caller(ctx);
        ctx.json(
                addresses
                        .list()
                        .list(new ListAddressesUseCase.Command(caller.tenant().name(), caller.customer()))
                        .stream()
                        .map(address -> AddressJson.of(mapper, address))
                        .toList());
    }

    public void get(Context ctx) {
        Caller caller = caller(ctx);
        var result = addresses
                .get()
                .get(new GetAddressUseCase.Command(caller.tenant().name(), caller.customer(), addressId(ctx)));
        Outcomes.of(GetAddressUseCase.Result.class, result)
                .on(GetAddressUseCase.Found.class, found -> ctx.json(AddressJson.of(mapper, found.address())))
                .on(GetAddressUseCase.UnknownAddress.class, ApiException.refusing(ErrorCode.LK142))
                .answer();
    }

    public void update(Context ctx) {
        Caller caller = caller(ctx);
        AddressId id = addressId(ctx);
        JsonBody body = JsonBody.parse(mapper, ctx);
        var result = addresses
                .update()
                .update(new UpdateAddressUseCase.Command(
                        caller.tenant().name(), caller.customer(), id, AddressJson.patch(mapper, body.root(), "")));
        Outcomes.of(UpdateAddressUseCase.Result.class, result)
                .on(UpdateAddressUseCase.Updated.class, updated -> ctx.json(AddressJson.of(mapper, updated.address())))
                .on(UpdateAddressUseCase.UnknownAddress.class, ApiException.refusing(ErrorCode.LK142))
                .answer();
    }

    public void delete(Context ctx) {
        Caller caller = caller(ctx);
        var result = addresses
                .delete()
                .delete(new DeleteAddressUseCase.Command(caller.tenant().name(), caller.customer(), addressId(ctx)));
        Outcomes.of(DeleteAddressUseCase.Result.class, result)
                .on(DeleteAddressUseCase.Deleted.class, deleted -> ctx.status(204))
                .on(DeleteAddressUseCase.UnknownAddress.class, ApiException.refusing(ErrorCode.LK142))
                .answer();
    }

    public void addTags(Context ctx) {
        changeTags(ctx, ChangeAddressTagsUseCase.Operation.ADD);
    }

    public void removeTags(Context ctx) {
        changeTags(ctx, ChangeAddressTagsUseCase.Operation.REMOVE);
    }

    private void changeTags(Context ctx, ChangeAddressTagsUseCase.Operation operation) {
        Caller caller = caller(ctx);
        AddressId id = addressId(ctx);
        List<String> tags = tags(ctx);
        var result = addresses
                .changeTags()
                .change(new ChangeAddressTagsUseCase.Command(
                        caller.tenant().name(), caller.customer(), id, operation, tags));
        Outcomes.of(ChangeAddressTagsUseCase.Result.class, result)
                .on(ChangeAddressTagsUseCase.Changed.class, changed -> ctx.status(204))
                .on(ChangeAddressTagsUseCase.TooManyTags.class, tooMany -> {
                    throw ApiException.forField(ErrorCode.LK144, "tags", "too_many");
                })
                .on(ChangeAddressTagsUseCase.UnknownAddress.class, ApiException.refusing(ErrorCode.LK142))
                .answer();
    }

    /** {@code tags=A,B} (the parameter may also repeat); empty or invalid is {@code 400 LK144}. */
    private static List<String> tags(Context ctx) {
        List<String> raw = ctx.queryParams("tags").stream()
                .flatMap(value -> Arrays.stream(value.split(",", -1)))
                .toList();
        if (raw.isEmpty() || raw.stream().allMatch(String::isBlank)) {
            throw ApiException.forField(ErrorCode.LK144, "tags", "missing_value");
        }
        if (String.join(",", raw).length() > 2048) {
            throw ApiException.forField(ErrorCode.LK144, "tags", "too_long");
        }
        try {
            return AddressTags.normalize("tags", raw);
        } catch (InvalidFieldException e) {
            throw MergePatch.invalid("", e);
        }
    }

    private Caller caller(Context ctx) {
        Tenant tenant = tenants.require(ctx.pathParam("tenant"));
        return new Caller(
                tenant,
                auth.require(ctx, tenant.name(), TokenKind.CUSTOMER).customer().orElseThrow());
    }

    private static AddressId addressId(Context ctx) {
        return AddressId.parse(ctx.pathParam("id")).orElseThrow(() -> new ApiException(ErrorCode.LK142));
    }
}
