package dev.latchkey.adapter.web.page;

import static dev.latchkey.adapter.web.page.PagePaths.field;
import static dev.latchkey.adapter.web.page.ProfileView.text;

import dev.latchkey.adapter.web.outcome.Outcomes;
import dev.latchkey.application.port.in.profile.ProfileUseCases;
import dev.latchkey.application.port.in.profile.UpdateProfileUseCase;
import dev.latchkey.domain.profile.InvalidFieldException;
import dev.latchkey.domain.profile.ProfilePatch;
import dev.latchkey.ui.i18n.Language;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The details form of the account page: names, company, phone and language. */
public final class ProfilePages {

    private final PageGuard guard;
    private final PageLanguages languages;
    private final ProfileView view;
    private final ProfileUseCases profile;

    ProfilePages(PageGuard guard, PageLanguages languages, ProfileView view, ProfileUseCases profile) {
        this.guard = guard;
        this.languages = languages;
        this.view = view;
        this.profile = profile;
    }

    public void submitDetails(Context ctx) {
        guard.withCustomerForm(ctx, (tenant, customer) -> {
            Map<String, String> values = new HashMap<>();
            for (String name :
                    List.of("title", "firstName", "lastName", "company", "contactPhone", "preferredLanguage")) {
                values.put(name, field(ctx, name).strip());
            }
            ProfilePatch patch;
            try {
                ProfilePatch none = ProfilePatch.none();
                patch = new ProfilePatch(
                        text(values.get("title")),
                        text(values.get("firstName")),
                        none.middleName(),
                        text(values.get("lastName")),
                        text(values.get("contactPhone")),
                        text(values.get("company")),
                        text(values.get("preferredLanguage")),
                        none.preferredCurrency(),
                        none.preferredSite(),
                        none.contactEmail(),
                        none.type(),
                        none.b2b(),
                        none.metadata(),
                        none.mixins());
            } catch (InvalidFieldException e) {
                view.again(
                        ctx,
                        tenant,
                        customer,
                        400,
                        values,
                        Map.of(e.field(), ProfileView.invalid(languages.t(ctx), e)));
                return;
            }
            var result = profile.update().update(new UpdateProfileUseCase.Command(tenant.name(), customer.id(), patch));
            Outcomes.of(UpdateProfileUseCase.Result.class, result)
                    .on(UpdateProfileUseCase.Updated.class, updated -> {
                        Language.ofTag(updated.profile().profile().preferredLanguage())
                                .ifPresent(language -> languages.useLanguage(ctx, tenant, language));
                        ProfileView.done(ctx, tenant, "details", "details");
                    })
                    .on(UpdateProfileUseCase.UnknownCustomer.class, unknown -> guard.toLogin(ctx, tenant))
                    .answer();
        });
    }
}
