package dev.latchkey.adapter.web;

import io.javalin.config.RoutesConfig;

/** Every route of the product with its handler: the one table of contents of the HTTP interface. */
final class Routes {

    private Routes() {}

    static void register(RoutesConfig routes, Handlers h, boolean devMailbox) {
        // operations
        routes.get(OperationsEndpoints.METRICS, h.operations()::metrics);
        routes.get(OperationsEndpoints.LIVE, h.operations()::live);
        routes.get(OperationsEndpoints.READY, h.operations()::ready);

        // tokens
        routes.get("/customerlogin/auth/anonymous/login", h.anonymousLogin()::login);
        routes.post("/oauth/token", h.oauth()::token);
        routes.post("/customer/{tenant}/login", h.customerLogin()::login);
        routes.get("/customer/{tenant}/refreshauthtoken", h.customerLogin()::refresh);
        routes.get("/customer/{tenant}/logout", h.customerLogin()::logout);
        routes.get("/customer/{tenant}/.well-known/jwks.json", h.jwks()::keys);

        // signup
        routes.post("/customer/{tenant}/signup", h.signup()::signUp);
        routes.get("/customer/{tenant}/signup/optin/{token}", h.signup()::confirm);
        routes.post("/customer/{tenant}/signup/optin/refresh_token", h.signup()::resend);

        // passwords
        routes.post("/customer/{tenant}/password/reset", h.passwords()::requestReset);
        routes.post("/customer/{tenant}/password/reset/update", h.passwords()::reset);
        routes.post("/customer/{tenant}/password/change", h.passwords()::change);
        routes.post("/customer/{tenant}/password/validate", h.passwords()::validate);

        // email change
        routes.post("/customer/{tenant}/me/accounts/internal/email/change", h.emailChange()::request);
        routes.post("/customer/{tenant}/me/accounts/internal/email/change/confirm", h.emailChange()::confirm);
        routes.post("/customer/{tenant}/me/accounts/internal/email/change/undo", h.emailChange()::undo);

        // profile
        routes.get("/customer/{tenant}/me", h.profile()::get);
        routes.patch("/customer/{tenant}/me", h.profile()::patch);

        // addresses
        routes.post("/customer/{tenant}/me/addresses", h.addresses()::add);
        routes.get("/customer/{tenant}/me/addresses", h.addresses()::list);
        routes.get("/customer/{tenant}/me/addresses/{id}", h.addresses()::get);
        routes.patch("/customer/{tenant}/me/addresses/{id}", h.addresses()::update);
        routes.delete("/customer/{tenant}/me/addresses/{id}", h.addresses()::delete);
        routes.post("/customer/{tenant}/me/addresses/{id}/tags", h.addresses()::addTags);
        routes.delete("/customer/{tenant}/me/addresses/{id}/tags", h.addresses()::removeTags);

        // sessions
        routes.get("/customer/{tenant}/me/sessions", h.sessions()::list);
        routes.delete("/customer/{tenant}/me/sessions", h.sessions()::endOthers);
        routes.delete("/customer/{tenant}/me/sessions/{id}", h.sessions()::end);

        // account
        routes.delete("/customer/{tenant}/me", h.account()::delete);
        routes.get("/customer/{tenant}/me/events", h.account()::events);
        routes.get("/customer/{tenant}/me/export", h.account()::export);
        routes.post("/customer/{tenant}/me/accounts/internal", h.internalLogin()::add);

        // the service API of a shop's backend
        routes.post("/v1/accounts/{tenant}/customers/change_password", h.adminPasswords()::triggerReset);
        routes.put("/admin/{tenant}/customers/{id}/password", h.adminPasswords()::setPassword);
        routes.get("/admin/{tenant}/customers", h.customerAdmin()::list);
        routes.get("/admin/{tenant}/customers/{id}", h.customerAdmin()::get);
        routes.delete("/admin/{tenant}/customers/{id}", h.customerAdmin()::delete);
        routes.post("/admin/{tenant}/customers/{id}/block", h.customerAdmin()::block);
        routes.post("/admin/{tenant}/customers/{id}/unblock", h.customerAdmin()::unblock);
        routes.get("/admin/{tenant}/mails/failed", h.mailAdmin()::failed);

        // the customer pages
        var pages = h.pages();
        routes.get("/ui/assets/latchkey.css", pages.stylesheet()::serve);
        routes.get("/ui/assets/latchkey.js", pages.script()::serve);
        routes.get("/ui/assets/icon.svg", pages.icon()::serve);
        routes.get("/favicon.ico", pages.icon()::serve);
        routes.get("/ui/{tenant}/theme.css", pages.theme()::serve);
        routes.get("/ui/{tenant}/login", pages.signIn()::showLogin);
        routes.post("/ui/{tenant}/login", pages.signIn()::submitLogin);
        routes.get("/ui/{tenant}/logout", pages.signIn()::showLogout);
        routes.post("/ui/{tenant}/logout", pages.signIn()::submitLogout);
        routes.get("/ui/{tenant}/signup", pages.signup()::showSignup);
        routes.post("/ui/{tenant}/signup", pages.signup()::submitSignup);
        routes.get("/ui/{tenant}/optin", pages.signup()::showOptin);
        routes.post("/ui/{tenant}/optin", pages.signup()::submitOptin);
        routes.post("/ui/{tenant}/password/check", pages.passwords()::check);
        routes.get("/ui/{tenant}/password/forgot", pages.passwords()::showForgot);
        routes.post("/ui/{tenant}/password/forgot", pages.passwords()::submitForgot);
        routes.get("/ui/{tenant}/password/reset", pages.passwords()::showReset);
        routes.post("/ui/{tenant}/password/reset", pages.passwords()::submitReset);
        routes.get("/ui/{tenant}/email/confirm", pages.email()::showConfirm);
        routes.post("/ui/{tenant}/email/confirm", pages.email()::submitConfirm);
        routes.get("/ui/{tenant}/email/undo", pages.email()::showUndo);
        routes.post("/ui/{tenant}/email/undo", pages.email()::submitUndo);
        routes.get("/ui/{tenant}/profile", pages.profileView()::show);
        routes.post("/ui/{tenant}/profile/details", pages.profile()::submitDetails);
        routes.post("/ui/{tenant}/profile/password", pages.passwords()::submitChange);
        routes.post("/ui/{tenant}/profile/email", pages.email()::submitRequest);
        routes.post("/ui/{tenant}/profile/addresses", pages.addresses()::add);
        routes.get("/ui/{tenant}/profile/addresses/{id}", pages.addresses()::showEdit);
        routes.post("/ui/{tenant}/profile/addresses/{id}", pages.addresses()::submitEdit);
        routes.post("/ui/{tenant}/profile/addresses/{id}/default", pages.addresses()::makeDefault);
        routes.post("/ui/{tenant}/profile/addresses/{id}/delete", pages.addresses()::delete);
        routes.post("/ui/{tenant}/profile/sessions/end-others", pages.sessions()::endOtherSessions);
        routes.post("/ui/{tenant}/profile/sessions/{id}/end", pages.sessions()::endSession);
        routes.get("/ui/{tenant}/profile/export", pages.account()::export);
        routes.post("/ui/{tenant}/profile/delete", pages.account()::requestDeletion);
        routes.get("/ui/{tenant}/profile/delete", pages.account()::showDeletion);
        routes.post("/ui/{tenant}/profile/delete/confirm", pages.account()::confirmDeletion);
        if (devMailbox) {
            routes.get("/dev/mailbox", pages.mailbox()::show);
        }

        // the API reference
        routes.get("/openapi.json", h.apiDocs()::document);
        routes.get("/docs", h.apiDocs()::page);
        routes.get("/docs/docs.js", h.apiDocs()::initializer);
        routes.get("/docs/swagger-ui/{file}", h.apiDocs()::asset);
    }
}
