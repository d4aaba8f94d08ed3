package dev.latchkey.adapter.web.page;

import static dev.latchkey.adapter.web.page.PagePaths.field;
import static dev.latchkey.adapter.web.page.ProfileView.text;

import dev.latchkey.adapter.web.outcome.Outcomes;
import dev.latchkey.application.port.in.address.AddAddressUseCase;
import dev.latchkey.application.port.in.address.AddressUseCases;
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
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The address book on the profile page: add, edit, delete, make default. */
public final class AddressPages {

    private static final List<String> FIELDS = List.of(
            "contactName",
            "companyName",
            "street",
            "streetNumber",
            "zipCode",
            "city",
            "country",
            "addressPhone",
            "tags",
            "isDefault");
    /** Form names that differ from the address field they fill, so that names stay unique on the profile page. */
    private static final Map<String, String> FORM_NAMES = Map.of("contactPhone", "addressPhone");

    private final PageGuard guard;
    private final PageRenderer renderer;
    private final PageLanguages languages;
    private final ProfileView profileView;
    private final AddressUseCases addresses;

    AddressPages(
            PageGuard guard,
            PageRenderer renderer,
            PageLanguages languages,
            ProfileView profileView,
            AddressUseCases addresses) {
        this.guard = guard;
        this.renderer = renderer;
        this.languages = languages;
        this.profileView = profileView;
        this.addresses = addresses;
    }

    public void add(Context ctx) {
        guard.withCustomerForm(ctx, (tenant, customer) -> {
            Map<String, String> values = values(ctx);
            AddressPatch patch;
            try {
                patch = patch(values);
            } catch (InvalidFieldException e) {
                profileView.again(
                        ctx,
                        tenant,
                        customer,
                        400,
                        values,
                        Map.of(formName(e.field()), ProfileView.invalid(languages.t(ctx), e)));
                return;
            }
            var result = addresses.add().add(new AddAddressUseCase.Command(tenant.name(), customer.id(), patch));
            Outcomes.of(AddAddressUseCase.Result.class, result)
                    .on(AddAddressUseCase.Added.class, added -> ProfileView.done(ctx, tenant, "address", "addresses"))
                    .on(
                            AddAddressUseCase.AddressBookFull.class,
                            full -> profileView.again(
                                    ctx,
                                    tenant,
                                    customer,
                                    409,
                                    values,
                                    Map.of("contactName", languages.t(ctx).get("address.error.full"))))
                    .on(AddAddressUseCase.UnknownCustomer.class, unknown -> guard.toLogin(ctx, tenant))
                    .answer();
        });
    }

    public void showEdit(Context ctx) {
        guard.withCustomer(ctx, (tenant, customer) -> {
            Optional<Address> address = AddressId.parse(ctx.pathParam("id"))
                    .map(id -> addresses.get().get(new GetAddressUseCase.Command(tenant.name(), customer.id(), id)))
                    .filter(GetAddressUseCase.Found.class::isInstance)
                    .map(found -> ((GetAddressUseCase.Found) found).address());
            if (address.isEmpty()) {
                guard.notFound(ctx);
                return;
            }
            renderEdit(ctx, tenant, 200, address.get().id(), valuesOf(address.get()), Map.of());
        });
    }

    public void submitEdit(Context ctx) {
        guard.withCustomerForm(ctx, (tenant, customer) -> {
            Optional<AddressId> id = AddressId.parse(ctx.pathParam("id"));
            if (id.isEmpty()) {
                guard.notFound(ctx);
                return;
            }
            Map<String, String> values = values(ctx);
            AddressPatch patch;
            try {
                patch = patch(values);
            } catch (InvalidFieldException e) {
                renderEdit(
                        ctx,
                        tenant,
                        400,
                        id.get(),
                        values,
                        Map.of(formName(e.field()), ProfileView.invalid(languages.t(ctx), e)));
                return;
            }
            var result = addresses
                    .update()
                    .update(new UpdateAddressUseCase.Command(tenant.name(), customer.id(), id.get(), patch));
            Outcomes.of(UpdateAddressUseCase.Result.class, result)
                    .on(
                            UpdateAddressUseCase.Updated.class,
                            updated -> ProfileView.done(ctx, tenant, "address", "addresses"))
                    .on(UpdateAddressUseCase.UnknownAddress.class, unknown -> guard.notFound(ctx))
                    .answer();
        });
    }

    public void makeDefault(Context ctx) {
        guard.withCustomerForm(ctx, (tenant, customer) -> {
            Optional<AddressId> id = AddressId.parse(ctx.pathParam("id"));
            AddressPatch patch = patchOf(Map.of(), Change.to(true));
            if (id.isEmpty()) {
                guard.notFound(ctx);
                return;
            }
            var result = addresses
                    .update()
                    .update(new UpdateAddressUseCase.Command(tenant.name(), customer.id(), id.get(), patch));
            Outcomes.of(UpdateAddressUseCase.Result.class, result)
                    .on(
                            UpdateAddressUseCase.Updated.class,
                            updated -> ProfileView.done(ctx, tenant, "default", "addresses"))
                    .on(UpdateAddressUseCase.UnknownAddress.class, unknown -> guard.notFound(ctx))
                    .answer();
        });
    }

    public void delete(Context ctx) {
        guard.withCustomerForm(ctx, (tenant, customer) -> {
            Optional<AddressId> id = AddressId.parse(ctx.pathParam("id"));
            if (id.isEmpty()) {
                guard.notFound(ctx);
                return;
            }
            var result =
                    addresses.delete().delete(new DeleteAddressUseCase.Command(tenant.name(), customer.id(), id.get()));
            Outcomes.of(DeleteAddressUseCase.Result.class, result)
                    .on(
                            DeleteAddressUseCase.Deleted.class,
                            deleted -> ProfileView.done(ctx, tenant, "addressDeleted", "addresses"))
                    .on(DeleteAddressUseCase.UnknownAddress.class, unknown -> guard.notFound(ctx))
                    .answer();
        });
    }

    private void renderEdit(
            Context ctx,
            Tenant tenant,
            int status,
            AddressId id,
            Map<String, String> values,
            Map<String, String> errors) {
        FormPage form = new FormPage(renderer.frame(ctx, tenant), values, errors, "", Map.of());
        renderer.render(
                ctx,
                tenant,
                status,
                renderer.templates()
                        .pageAddress(new AddressPage(form, id.value().toString())));
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
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                fromForm ? text(values.get("zipCode")) : Change.keep(),
                fromForm ? text(values.get("city")) : Change.keep(),
                fromForm ? text(values.get("country")) : Change.keep(),
                Change.keep(),
                fromForm ? text(values.get("addressPhone")) : Change.keep(),
                tags,
                isDefault,
                Change.keep(),
                Change.keep());
    }

    private static List<String> tagsOf(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(","))
                .map(String::strip)
                .filter(tag -> !tag.isEmpty())
                .toList();
    }

    private static String formName(String field) {
        return FORM_NAMES.getOrDefault(field, field);
    }
}
