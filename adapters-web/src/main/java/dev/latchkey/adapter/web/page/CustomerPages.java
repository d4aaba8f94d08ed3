package dev.latchkey.adapter.web.page;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.latchkey.adapter.web.WebUseCases;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;

/**
 * The server-rendered customer pages under {@code /ui/<tenant>}. They drive the same use cases as
 * the JSON API and show its outcomes in plain words next to the field concerned.
 */
public final class CustomerPages {

    private final PageSupport pages;
    private final SignInPages signIn;
    private final SignupPages signup;
    private final PasswordPages password;
    private final ProfilePages profile;
    private final AddressPages addresses;
    private final AccountPages account;
    private final EmailLinkPages emailLinks;
    private final PageAsset stylesheet = PageAsset.stylesheet();
    private final PageAsset script = PageAsset.script();

    public CustomerPages(WebUseCases useCases, ObjectMapper mapper, boolean secureCookies, Clock clock) {
        pages = new PageSupport(useCases.findTenant(), useCases.authenticate(), useCases.keepSessionAlive(), secureCookies,
                clock);
        signIn = new SignInPages(pages, useCases.login(), useCases.logout(), useCases.getProfile());
        signup = new SignupPages(pages, useCases.signUp(), useCases.confirmSignup(), signIn);
        password = new PasswordPages(pages, useCases.requestPasswordReset(), useCases.resetPassword(),
                useCases.validatePassword());
        profile = new ProfilePages(pages, useCases.getProfile(), useCases.updateProfile(), useCases.changePassword(),
                useCases.requestEmailChange(), useCases.listSessions(), useCases.listSecurityEvents());
        addresses = new AddressPages(pages, profile, useCases.addAddress(), useCases.getAddress(), useCases.updateAddress(),
                useCases.deleteAddress());
        account = new AccountPages(pages, useCases.endSession(), useCases.endOtherSessions(), useCases.exportAccount(),
                useCases.requestAccountDeletion(), useCases.deleteAccount(), mapper);
        emailLinks = new EmailLinkPages(pages, useCases.confirmEmailChange(), useCases.undoEmailChange());
    }

    public void register(RoutesConfig routes) {
        routes.get("/ui/assets/latchkey.css", stylesheet::serve);
        routes.get("/ui/assets/latchkey.js", script::serve);
        routes.get("/ui/{tenant}/theme.css", new ThemeStylesheet(pages)::serve);
        routes.post("/ui/{tenant}/password/check", password::check);
        routes.get("/ui/{tenant}/login", signIn::showLogin);
        routes.post("/ui/{tenant}/login", signIn::submitLogin);
        routes.get("/ui/{tenant}/logout", signIn::showLogout);
        routes.post("/ui/{tenant}/logout", signIn::submitLogout);
        routes.get("/ui/{tenant}/signup", signup::showSignup);
        routes.post("/ui/{tenant}/signup", signup::submitSignup);
        routes.get("/ui/{tenant}/optin", signup::showOptin);
        routes.post("/ui/{tenant}/optin", signup::submitOptin);
        routes.get("/ui/{tenant}/password/forgot", password::showForgot);
        routes.post("/ui/{tenant}/password/forgot", password::submitForgot);
        routes.get("/ui/{tenant}/password/reset", password::showReset);
        routes.post("/ui/{tenant}/password/reset", password::submitReset);
        routes.get("/ui/{tenant}/email/confirm", emailLinks::showConfirm);
        routes.post("/ui/{tenant}/email/confirm", emailLinks::submitConfirm);
        routes.get("/ui/{tenant}/email/undo", emailLinks::showUndo);
        routes.post("/ui/{tenant}/email/undo", emailLinks::submitUndo);
        routes.get("/ui/{tenant}/profile", profile::show);
        routes.post("/ui/{tenant}/profile/details", profile::submitDetails);
        routes.post("/ui/{tenant}/profile/password", profile::submitPassword);
        routes.post("/ui/{tenant}/profile/email", profile::submitEmail);
        routes.post("/ui/{tenant}/profile/addresses", addresses::add);
        routes.get("/ui/{tenant}/profile/addresses/{id}", addresses::showEdit);
        routes.post("/ui/{tenant}/profile/addresses/{id}", addresses::submitEdit);
        routes.post("/ui/{tenant}/profile/addresses/{id}/default", addresses::makeDefault);
        routes.post("/ui/{tenant}/profile/addresses/{id}/delete", addresses::delete);
        routes.post("/ui/{tenant}/profile/sessions/end-others", account::endOtherSessions);
        routes.post("/ui/{tenant}/profile/sessions/{id}/end", account::endSession);
        routes.get("/ui/{tenant}/profile/export", account::export);
        routes.post("/ui/{tenant}/profile/delete", account::requestDeletion);
        routes.get("/ui/{tenant}/profile/delete", account::showDeletion);
        routes.post("/ui/{tenant}/profile/delete/confirm", account::confirmDeletion);
    }

    /** Too many passwords are being checked at once: nothing changed, the customer tries again shortly. */
    public void overloaded(Context ctx, Duration retryAfter) {
        PageSupport.retryAfter(ctx, retryAfter);
        pages.withTenant(ctx, tenant -> {
            var t = pages.t(ctx);
            pages.message(ctx, tenant, 503, t.get("error.busy.title"), t.get("error.busy.text", PageSupport.wait(t, retryAfter)),
                    "", "");
        });
    }

    /** The database cannot be reached just now. */
    public void unavailable(Context ctx, Duration retryAfter) {
        PageSupport.retryAfter(ctx, retryAfter);
        pages.unavailable(ctx, retryAfter);
    }

    /** Any other path under {@code /ui/}. */
    public void notFound(Context ctx) {
        pages.notFound(ctx);
    }
}
