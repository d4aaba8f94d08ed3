package dev.latchkey.adapter.web.page;

import static dev.latchkey.adapter.web.page.PageSupport.field;
import static dev.latchkey.adapter.web.page.ProfilePages.text;

import dev.latchkey.application.port.in.address.AddAddressUseCase;
import dev.latchkey.application.port.in.address.DeleteAddressUseCase;
import dev.latchkey.application.port.in.address.GetAddressUseCase;
import dev.latchkey.application.port.in.address.UpdateAddressUseCase;
import dev.latchkey.domain.profile.Address;
import dev.latchkey.domain.profile.AddressId;
import dev.latchkey.domain.profile.AddressPatch;
import dev.latchkey.domain.profile.Change;
import dev.latchkey.domain.profile.InvalidFieldException;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.ui.view.AddressPage;
import dev.latchkey.ui.view.FormPage;
import dev.latchkey.ui.view.ProfilePage;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The address book on the profile page: add, edit, delete, make default. */
final class AddressPages {

    private static final List<String> FIELDS = List.of("contactName", "companyName", "street", "streetNumber", "zipCode",
            "city", "country", "addressPhone", "tags", "isDefault");
    /** Form names that differ from the address field they fill, so that names stay unique on the profile page. */
    private static final Map<String, String> FORM_NAMES = Map.of("contactPhone", "addressPhone");

    private final PageSupport pages;
    private final ProfilePages profile;
    private final AddAddressUseCase addAddress;
    private final GetAddressUseCase getAddress;
    private final UpdateAddressUseCase updateAddress;
    private final DeleteAddressUseCase deleteAddress;

    AddressPages(PageSupport pages, ProfilePages profile, AddAddressUseCase addAddress, GetAddressUseCase getAddress,
                 UpdateAddressUseCase updateAddress, DeleteAddressUseCase deleteAddress) {
        this.pages = pages;
        this.profile = profile;
        this.addAddress = addAddress;
        this.getAddress = getAddress;
        this.updateAddress = updateAddress;
        this.deleteAddress = deleteAddress;
    }

    void add(Context ctx) {
        pages.withCustomerForm(ctx, (tenant, customer) -> {
            Map<String, String> values = values(ctx);
            AddressPatch patch;
            try {
                patch = patch(values);
            } catch (InvalidFieldException e) {
                profile.render(ctx, tenant, customer, 400, values, Map.of(formName(e.field()),
                        ProfilePages.invalid(pages.t(ctx), e)), ProfilePage.Notice.NONE);
                return;
            }
            var result = addAddress.add(new AddAddressUseCase.Command(tenant.name(), customer.id(), patch));
            if (result instanceof AddAddressUseCase.AddressBookFull) {
                profile.render(ctx, tenant, customer, 409, values, Map.of("contactName",
                        pages.t(ctx).get("address.error.full")), ProfilePage.Notice.NONE);
                return;
            }
            ProfilePages.done(ctx, tenant, "address", "addresses");
        });
    }

    void showEdit(Context ctx) {
        pages.withCustomer(ctx, (tenant, customer) -> {
            Optional<Address> address = AddressId.parse(ctx.pathParam("id"))
                    .map(id -> getAddress.get(new GetAddressUseCase.Command(tenant.name(), customer.id(), id)))
                    .filter(GetAddressUseCase.Found.class::isInstance)
                    .map(found -> ((GetAddressUseCase.Found) found).address());
            if (address.isEmpty()) {
                pages.notFound(ctx);
                return;
            }
            renderEdit(ctx, tenant, 200, address.get().id(), valuesOf(address.get()), Map.of());
        });
    }

    void submitEdit(Context ctx) {
        pages.withCustomerForm(ctx, (tenant, customer) -> {
            Optional<AddressId> id = AddressId.parse(ctx.pathParam("id"));
            if (id.isEmpty()) {
                pages.notFound(ctx);
                return;
            }
            Map<String, String> values = values(ctx);
            AddressPatch patch;
            try {
                patch = patch(values);
            } catch (InvalidFieldException e) {
                renderEdit(ctx, tenant, 400, id.get(), values,
                        Map.of(formName(e.field()), ProfilePages.invalid(pages.t(ctx), e)));
                return;
            }
            var result = updateAddress.update(new UpdateAddressUseCase.Command(tenant.name(), customer.id(), id.get(), patch));
            if (result instanceof UpdateAddressUseCase.UnknownAddress) {
                pages.notFound(ctx);
                return;
            }
            ProfilePages.done(ctx, tenant, "address", "addresses");
        });
    }

    void makeDefault(Context ctx) {
        pages.withCustomerForm(ctx, (tenant, customer) -> {
            Optional<AddressId> id = AddressId.parse(ctx.pathParam("id"));
            AddressPatch patch = patchOf(Map.of(), Change.to(true));
            if (id.isEmpty() || updateAddress.update(new UpdateAddressUseCase.Command(tenant.name(), customer.id(), id.get(),
                    patch)) instanceof UpdateAddressUseCase.UnknownAddress) {
                pages.notFound(ctx);
                return;
            }
            ProfilePages.done(ctx, tenant, "default", "addresses");
        });
    }

    void delete(Context ctx) {
        pages.withCustomerForm(ctx, (tenant, customer) -> {
            Optional<AddressId> id = AddressId.parse(ctx.pathParam("id"));
            if (id.isEmpty() || deleteAddress.delete(new DeleteAddressUseCase.Command(tenant.name(), customer.id(),
                    id.get())) instanceof DeleteAddressUseCase.UnknownAddress) {
                pages.notFound(ctx);
                return;
            }
            ProfilePages.done(ctx, tenant, "addressDeleted", "addresses");
        });
    }

    private void renderEdit(Context ctx, Tenant tenant, int status, AddressId id, Map<String, String> values,
                            Map<String, String> errors) {
        FormPage form = new FormPage(pages.frame(ctx, tenant), values, errors, "", Map.of());
        pages.render(ctx, tenant, status, pages.templates.pageAddress(new AddressPage(form, id.value().toString())));
    }

    private static Map<String, String> values(Context ctx) {
        Map<String, String> values = new HashMap<>();
        FIELDS.forEach(name -> values.put(name, field(ctx, name).strip()));
        return values;
    }

    private static Map<String, String> valuesOf(Address address) {
        Map<String, String> values = new HashMap<>();
        values.put("contactName", Objects.toString(address.contactName(), ""));
        values.put("companyName", Objects.toString(address.companyName(), ""));
        values.put("street", Objects.toString(address.street(), ""));
        values.put("streetNumber", Objects.toString(address.streetNumber(), ""));
        values.put("zipCode", Objects.toString(address.zipCode(), ""));
        values.put("city", Objects.toString(address.city(), ""));
        values.put("country", Objects.toString(address.country(), ""));
        values.put("addressPhone", Objects.toString(address.contactPhone(), ""));
        values.put("tags", String.join(", ", address.tags()));
        values.put("isDefault", Boolean.toString(address.isDefault()));
        return values;
    }

    /** The form's fields replace the address's; fields the form does not show stay as they are. */
    private static AddressPatch patch(Map<String, String> values) {
        return patchOf(values, Change.to("true".equals(values.get("isDefault"))));
    }

    private static AddressPatch patchOf(Map<String, String> values, Change<Boolean> isDefault) {
        boolean fromForm = !values.isEmpty();
        Change<List<String>> tags = fromForm ? Change.to(tagsOf(values.get("tags"))) : Change.keep();
        return new AddressPatch(
                fromForm ? text(values.get("contactName")) : Change.keep(),
                fromForm ? text(values.get("companyName")) : Change.keep(),
                fromForm ? text(values.get("street")) : Change.keep(),
                fromForm ? text(values.get("streetNumber")) : Change.keep(),
                Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.keep(),
                fromForm ? text(values.get("zipCode")) : Change.keep(),
                fromForm ? text(values.get("city")) : Change.keep(),
                fromForm ? text(values.get("country")) : Change.keep(),
                Change.keep(),
                fromForm ? text(values.get("addressPhone")) : Change.keep(),
                tags, isDefault, Change.keep(), Change.keep());
    }

    private static List<String> tagsOf(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(tag -> !tag.isEmpty()).toList();
    }

    private static String formName(String field) {
        return FORM_NAMES.getOrDefault(field, field);
    }
}
