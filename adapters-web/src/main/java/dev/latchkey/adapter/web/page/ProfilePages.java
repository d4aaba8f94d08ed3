package dev.latchkey.adapter.web.page;

import static dev.latchkey.adapter.web.page.PageSupport.base;
import static dev.latchkey.adapter.web.page.PageSupport.field;

import dev.latchkey.adapter.web.auth.Origins;
import dev.latchkey.application.port.in.account.ListSecurityEventsUseCase;
import dev.latchkey.application.port.in.email.RequestEmailChangeUseCase;
import dev.latchkey.application.port.in.password.ChangePasswordUseCase;
import dev.latchkey.application.port.in.profile.CustomerProfile;
import dev.latchkey.application.port.in.profile.GetProfileUseCase;
import dev.latchkey.application.port.in.profile.UpdateProfileUseCase;
import dev.latchkey.application.port.in.session.ListSessionsUseCase;
import dev.latchkey.domain.credential.Password;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.customer.SecurityEvent;
import dev.latchkey.domain.profile.Address;
import dev.latchkey.domain.profile.Change;
import dev.latchkey.domain.profile.InvalidFieldException;
import dev.latchkey.domain.profile.Profile;
import dev.latchkey.domain.profile.ProfilePatch;
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
 * The signed-in customer's page, and its forms for the details, the password and the email
 * address. Every form posts, and on success redirects back to the page, which then says what
 * happened ({@code ?done=}); on failure the page comes back with the error next to the field.
 */
final class ProfilePages {

    /** What a successful post says on the page, and the section it says it in. */
    private static final Map<String, String> NOTICES = Map.of("details", "details", "address", "addresses",
            "addressDeleted", "addresses", "default", "addresses", "password", "password", "session", "sessions",
            "sessions", "sessions", "email", "email", "deletion", "delete");
    private static final int EVENTS_SHOWN = 20;
    private static final int DEVICE_LENGTH = 120;

    private final PageSupport pages;
    private final GetProfileUseCase getProfile;
    private final UpdateProfileUseCase updateProfile;
    private final ChangePasswordUseCase changePassword;
    private final RequestEmailChangeUseCase requestEmailChange;
    private final ListSessionsUseCase listSessions;
    private final ListSecurityEventsUseCase listEvents;

    ProfilePages(PageSupport pages, GetProfileUseCase getProfile, UpdateProfileUseCase updateProfile,
                 ChangePasswordUseCase changePassword, RequestEmailChangeUseCase requestEmailChange,
                 ListSessionsUseCase listSessions, ListSecurityEventsUseCase listEvents) {
        this.pages = pages;
        this.getProfile = getProfile;
        this.updateProfile = updateProfile;
        this.changePassword = changePassword;
        this.requestEmailChange = requestEmailChange;
        this.listSessions = listSessions;
        this.listEvents = listEvents;
    }

    void show(Context ctx) {
        pages.withCustomer(ctx, (tenant, customer) -> {
            String done = ctx.queryParam("done");
            ProfilePage.Notice notice = done != null && NOTICES.containsKey(done)
                    ? new ProfilePage.Notice(NOTICES.get(done), pages.t(ctx).get("profile.saved." + done))
                    : ProfilePage.Notice.NONE;
            render(ctx, tenant, customer, 200, Map.of(), Map.of(), notice);
        });
    }

    /** The page again, with the values and errors of the form that was sent. */
    void render(Context ctx, Tenant tenant, PageSupport.SignedIn customer, int status, Map<String, String> values,
                Map<String, String> errors, ProfilePage.Notice notice) {
        var result = getProfile.get(new GetProfileUseCase.Command(tenant.name(), customer.id(), true));
        if (!(result instanceof GetProfileUseCase.Found found)) {
            pages.toLogin(ctx, tenant);
            return;
        }
        CustomerProfile profile = found.profile();
        Texts t = pages.t(ctx);
        Map<String, String> shown = new HashMap<>(detailsOf(profile.profile()));
        shown.putAll(values);
        FormPage form = new FormPage(pages.frame(ctx, tenant), shown, errors, "", Map.of());
        var sessions = listSessions.list(new ListSessionsUseCase.Command(tenant.name(), customer.id(),
                customer.grant().session())).stream()
                .map(session -> new ProfilePage.SessionView(session.id().value(), device(t, session.userAgent()),
                        Objects.toString(session.ip(), ""), when(t, session.createdAt()), when(t, session.lastUsedAt()),
                        session.current()))
                .toList();
        var events = listEvents.list(new ListSecurityEventsUseCase.Command(tenant.name(), customer.id())).stream()
                .limit(EVENTS_SHOWN)
                .map(event -> eventView(t, event))
                .toList();
        var addresses = profile.addresses().orElse(List.of()).stream().map(ProfilePages::addressView).toList();
        pages.render(ctx, tenant, status, pages.templates.pageProfile(new ProfilePage(form, profile.email().value(),
                profile.number().value(), notice, addresses, sessions, events)));
    }

    void submitDetails(Context ctx) {
        pages.withCustomerForm(ctx, (tenant, customer) -> {
            Map<String, String> values = new HashMap<>();
            for (String name : List.of("title", "firstName", "lastName", "company", "contactPhone", "preferredLanguage")) {
                values.put(name, field(ctx, name).strip());
            }
            ProfilePatch patch;
            try {
                ProfilePatch none = ProfilePatch.none();
                patch = new ProfilePatch(text(values.get("title")), text(values.get("firstName")), none.middleName(),
                        text(values.get("lastName")), text(values.get("contactPhone")), text(values.get("company")),
                        text(values.get("preferredLanguage")), none.preferredCurrency(), none.preferredSite(),
                        none.contactEmail(), none.type(), none.b2b(), none.metadata(), none.mixins());
            } catch (InvalidFieldException e) {
                render(ctx, tenant, customer, 400, values, Map.of(e.field(), invalid(pages.t(ctx), e)), ProfilePage.Notice.NONE);
                return;
            }
            var result = updateProfile.update(new UpdateProfileUseCase.Command(tenant.name(), customer.id(), patch));
            if (result instanceof UpdateProfileUseCase.Updated updated) {
                Language.ofTag(updated.profile().profile().preferredLanguage())
                        .ifPresent(language -> pages.useLanguage(ctx, tenant, language));
            }
            done(ctx, tenant, "details", "details");
        });
    }

    void submitPassword(Context ctx) {
        pages.withCustomerForm(ctx, (tenant, customer) -> {
            Texts t = pages.t(ctx);
            String newPassword = field(ctx, "newPassword");
            if (!newPassword.equals(field(ctx, "newPasswordVerify"))) {
                render(ctx, tenant, customer, 400, Map.of(), Map.of("newPasswordVerify", t.get("error.passwordsDiffer")), ProfilePage.Notice.NONE);
                return;
            }
            var result = changePassword.change(new ChangePasswordUseCase.Command(tenant.name(), customer.id(),
                    customer.grant().session(), new Password(field(ctx, "currentPassword")), new Password(newPassword),
                    Origins.of(ctx)));
            if (result instanceof ChangePasswordUseCase.PasswordChanged) {
                done(ctx, tenant, "password", "password");
            } else if (result instanceof ChangePasswordUseCase.WrongPassword) {
                render(ctx, tenant, customer, 400, Map.of(), Map.of("currentPassword", t.get("error.wrongPassword")), ProfilePage.Notice.NONE);
            } else if (result instanceof ChangePasswordUseCase.Throttled throttled) {
                PageSupport.retryAfter(ctx, throttled.retryAfter());
                render(ctx, tenant, customer, 429, Map.of(), Map.of("currentPassword",
                        t.get("error.throttled", PageSupport.wait(t, throttled.retryAfter()))), ProfilePage.Notice.NONE);
            } else if (result instanceof ChangePasswordUseCase.PasswordRejected rejected) {
                render(ctx, tenant, customer, 400, Map.of(), Map.of("newPassword",
                        PageSupport.words(t, rejected.failedRules())), ProfilePage.Notice.NONE);
            }
        });
    }

    void submitEmail(Context ctx) {
        pages.withCustomerForm(ctx, (tenant, customer) -> {
            Texts t = pages.t(ctx);
            String newEmail = field(ctx, "newEmail").strip();
            Map<String, String> values = Map.of("newEmail", newEmail);
            if (!EmailAddress.isValid(newEmail)) {
                render(ctx, tenant, customer, 400, values, Map.of("newEmail", t.get("error.email")), ProfilePage.Notice.NONE);
                return;
            }
            var profile = getProfile.get(new GetProfileUseCase.Command(tenant.name(), customer.id(), false));
            if (!(profile instanceof GetProfileUseCase.Found found)) {
                pages.toLogin(ctx, tenant);
                return;
            }
            var result = requestEmailChange.request(new RequestEmailChangeUseCase.Command(tenant.name(), customer.id(),
                    found.profile().email(), new Password(field(ctx, "emailPassword")), new EmailAddress(newEmail),
                    Origins.of(ctx)));
            if (result instanceof RequestEmailChangeUseCase.Requested) {
                done(ctx, tenant, "email", "email");
            } else if (result instanceof RequestEmailChangeUseCase.Throttled throttled) {
                PageSupport.retryAfter(ctx, throttled.retryAfter());
                render(ctx, tenant, customer, 429, values, Map.of("emailPassword",
                        t.get("error.throttled", PageSupport.wait(t, throttled.retryAfter()))), ProfilePage.Notice.NONE);
            } else {
                render(ctx, tenant, customer, 400, values, Map.of("emailPassword", t.get("email.wrong")), ProfilePage.Notice.NONE);
            }
        });
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

    static ProfilePage.AddressView addressView(Address address) {
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
        return Stream.of(first, second).filter(Objects::nonNull).filter(part -> !part.isBlank())
                .reduce((a, b) -> a + " " + b).orElse("");
    }

    private static String device(Texts t, String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return t.get("sessions.unknownDevice");
        }
        return DeviceName.of(userAgent).map(name -> t.get("sessions.device", name[0], name[1]))
                .orElseGet(() -> userAgent.length() > DEVICE_LENGTH ? userAgent.substring(0, DEVICE_LENGTH) + "…" : userAgent);
    }

    private static ProfilePage.EventView eventView(Texts t, SecurityEvent event) {
        return new ProfilePage.EventView(when(t, event.at()), t.get("event." + event.type().name()),
                Objects.toString(event.ip(), ""));
    }

    /** A moment in the page's language, in UTC (the page cannot know the customer's time zone without script). */
    static String when(Texts t, Instant instant) {
        if (instant == null) {
            return "";
        }
        String pattern = t.language() == Language.DE ? "d. MMM yyyy, HH:mm 'UTC'" : "d MMM yyyy, HH:mm 'UTC'";
        return DateTimeFormatter.ofPattern(pattern, Locale.forLanguageTag(t.language().code()))
                .withZone(ZoneOffset.UTC).format(instant);
    }
}
