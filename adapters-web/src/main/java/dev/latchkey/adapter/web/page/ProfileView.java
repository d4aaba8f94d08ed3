package dev.latchkey.adapter.web.page;

import static dev.latchkey.adapter.web.page.PagePaths.base;

import dev.latchkey.application.port.in.account.AccountOverviewUseCase;
import dev.latchkey.application.port.in.account.AccountUseCases;
import dev.latchkey.application.port.in.profile.CustomerProfile;
import dev.latchkey.domain.customer.SecurityEvent;
import dev.latchkey.domain.profile.Address;
import dev.latchkey.domain.profile.Change;
import dev.latchkey.domain.profile.InvalidFieldException;
import dev.latchkey.domain.profile.Profile;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.ui.i18n.Language;
import dev.latchkey.ui.i18n.Texts;
import dev.latchkey.ui.view.FormPage;
import dev.latchkey.ui.view.ProfilePage;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The signed-in customer's account page, which the forms on it (details, addresses, password, email,
 * sessions, deletion) show again: after a successful post by a redirect that says what happened
 * ({@code ?done=}), after a failed one with the error next to the field.
 */
public final class ProfileView {

    /** What a successful post says on the page, and the section it says it in. */
    private static final Map<String, String> NOTICES = Map.of(
            "details",
            "details",
            "address",
            "addresses",
            "addressDeleted",
            "addresses",
            "default",
            "addresses",
            "password",
            "password",
            "session",
            "sessions",
            "sessions",
            "sessions",
            "email",
            "email",
            "deletion",
            "delete");

    private static final int EVENTS_SHOWN = 20;
    private static final int DEVICE_LENGTH = 120;

    private final PageGuard guard;
    private final PageRenderer renderer;
    private final PageLanguages languages;
    private final AccountUseCases account;

    ProfileView(PageGuard guard, PageRenderer renderer, PageLanguages languages, AccountUseCases account) {
        this.guard = guard;
        this.renderer = renderer;
        this.languages = languages;
        this.account = account;
    }

    /** {@code GET /ui/<tenant>/profile}, saying what the last post did when it names a known notice. */
    public void show(Context ctx) {
        guard.withCustomer(ctx, (tenant, customer) -> {
            String done = ctx.queryParam("done");
            ProfilePage.Notice notice = done != null && NOTICES.containsKey(done)
                    ? new ProfilePage.Notice(NOTICES.get(done), languages.t(ctx).get("profile.saved." + done))
                    : ProfilePage.Notice.NONE;
            render(ctx, tenant, customer, 200, Map.of(), Map.of(), notice);
        });
    }

    /** The page again, with the values and errors of the form that was sent. */
    void again(
            Context ctx,
            Tenant tenant,
            PageGuard.SignedIn customer,
            int status,
            Map<String, String> values,
            Map<String, String> errors) {
        render(ctx, tenant, customer, status, values, errors, ProfilePage.Notice.NONE);
    }

    private void render(
            Context ctx,
            Tenant tenant,
            PageGuard.SignedIn customer,
            int status,
            Map<String, String> values,
            Map<String, String> errors,
            ProfilePage.Notice notice) {
        var result = account.overview()
                .overview(new AccountOverviewUseCase.Command(
                        tenant.name(), customer.id(), customer.grant().session()));
        if (!(result instanceof AccountOverviewUseCase.Overview overview)) {
            guard.toLogin(ctx, tenant);
            return;
        }
        CustomerProfile profile = overview.profile();
        Texts t = languages.t(ctx);
        Map<String, String> shown = new HashMap<>(detailsOf(profile.profile()));
        shown.putAll(values);
        FormPage form = new FormPage(renderer.frame(ctx, tenant), shown, errors, "", Map.of());
        var sessions = overview.sessions().stream()
                .map(session -> new ProfilePage.SessionView(
                        session.id().value(),
                        device(t, session.userAgent()),
                        Objects.toString(session.ip(), ""),
                        when(t, session.createdAt()),
                        when(t, session.lastUsedAt()),
                        session.current()))
                .toList();
        var events = overview.events().stream()
                .limit(EVENTS_SHOWN)
                .map(event -> eventView(t, event))
                .toList();
        var addresses = profile.addresses().orElse(List.of()).stream()
                .map(ProfileView::addressView)
                .toList();
        renderer.render(
                ctx,
                tenant,
                status,
                renderer.templates()
                        .pageProfile(new ProfilePage(
                                form,
                                profile.email().value(),
                                profile.number().value(),
                                notice,
                                addresses,
                                sessions,
                                events)));
    }

    /** After a successful post: back to the page, which says what happened, scrolled to the section. */
    static void done(Context ctx, Tenant tenant, String notice, String section) {
        ctx.redirect(base(tenant) + "/profile?done=" + notice + "#" + section, HttpStatus.SEE_OTHER);
    }

    /** A field error in plain words: the field's own text when it has one, else the problem's. */
    static String invalid(Texts t, InvalidFieldException e) {
        String own = "invalid." + e.field();
        return t.has(own) ? t.get(own) : t.get("invalid." + e.problem().name());
    }

    /** An empty form field clears the profile or address field. */
    static Change<String> text(String value) {
        return value == null || value.isBlank() ? Change.clear() : Change.to(value);
    }

    private static Map<String, String> detailsOf(Profile profile) {
        Map<String, String> values = new HashMap<>();
        values.put("title", Objects.toString(profile.title(), ""));
        values.put("firstName", Objects.toString(profile.firstName(), ""));
        values.put("lastName", Objects.toString(profile.lastName(), ""));
        values.put("company", Objects.toString(profile.company(), ""));
        values.put("contactPhone", Objects.toString(profile.contactPhone(), ""));
        values.put("preferredLanguage", Objects.toString(profile.preferredLanguage(), ""));
        return values;
    }

    private static ProfilePage.AddressView addressView(Address address) {
        List<String> lines = new ArrayList<>();
        add(lines, address.contactName());
        add(lines, address.companyName());
        add(lines, join(address.street(), address.streetNumber()));
        add(lines, address.streetAppendix());
        Stream.of(address.extraLine1(), address.extraLine2(), address.extraLine3(), address.extraLine4())
                .forEach(line -> add(lines, line));
        add(lines, join(address.zipCode(), address.city()));
        add(lines, join(address.state(), address.country()));
        add(lines, address.contactPhone());
        return new ProfilePage.AddressView(address.id().value().toString(), lines, address.tags(), address.isDefault());
    }

    private static void add(List<String> lines, String line) {
        if (line != null && !line.isBlank()) {
            lines.add(line);
        }
    }

    private static String join(String first, String second) {
        return Stream.of(first, second)
                .filter(Objects::nonNull)
                .filter(part -> !part.isBlank())
                .reduce((a, b) -> a + " " + b)
                .orElse("");
    }

    private static String device(Texts t, String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return t.get("sessions.unknownDevice");
        }
        return DeviceName.of(userAgent)
                .map(name -> t.get("sessions.device", name[0], name[1]))
                .orElseGet(() ->
                        userAgent.length() > DEVICE_LENGTH ? userAgent.substring(0, DEVICE_LENGTH) + "…" : userAgent);
    }

    private static ProfilePage.EventView eventView(Texts t, SecurityEvent event) {
        return new ProfilePage.EventView(
                when(t, event.at()), t.get("event." + event.type().name()), Objects.toString(event.ip(), ""));
    }

    /** A moment in the page's language, in UTC (the page cannot know the customer's time zone without script). */
    static String when(Texts t, Instant instant) {
        if (instant == null) {
            return "";
        }
        String pattern = t.language() == Language.DE ? "d. MMM yyyy, HH:mm 'UTC'" : "d MMM yyyy, HH:mm 'UTC'";
        return DateTimeFormatter.ofPattern(
                        pattern, Locale.forLanguageTag(t.language().code()))
                .withZone(ZoneOffset.UTC)
                .format(instant);
    }
}
