package dev.latchkey.adapter.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.latchkey.adapter.web.api.account.AccountApi;
import dev.latchkey.adapter.web.api.account.InternalLoginApi;
import dev.latchkey.adapter.web.api.address.AddressApi;
import dev.latchkey.adapter.web.api.admin.CustomerAdminApi;
import dev.latchkey.adapter.web.api.admin.MailAdminApi;
import dev.latchkey.adapter.web.api.email.EmailChangeApi;
import dev.latchkey.adapter.web.api.password.AdminPasswordApi;
import dev.latchkey.adapter.web.api.password.PasswordApi;
import dev.latchkey.adapter.web.api.profile.ProfileApi;
import dev.latchkey.adapter.web.api.session.SessionsApi;
import dev.latchkey.adapter.web.api.signup.SignupApi;
import dev.latchkey.adapter.web.api.token.AnonymousLoginApi;
import dev.latchkey.adapter.web.api.token.CustomerLoginApi;
import dev.latchkey.adapter.web.api.token.JwksApi;
import dev.latchkey.adapter.web.api.token.OAuthTokenApi;
import dev.latchkey.adapter.web.auth.BearerAuth;
import dev.latchkey.adapter.web.auth.Tenants;
import dev.latchkey.adapter.web.docs.ApiDocs;
import dev.latchkey.adapter.web.page.Pages;

/** Every object whose methods answer a route, each built with the use cases of its area. */
record Handlers(
        AnonymousLoginApi anonymousLogin,
        OAuthTokenApi oauth,
        CustomerLoginApi customerLogin,
        JwksApi jwks,
        SignupApi signup,
        PasswordApi passwords,
        EmailChangeApi emailChange,
        ProfileApi profile,
        AddressApi addresses,
        SessionsApi sessions,
        AccountApi account,
        InternalLoginApi internalLogin,
        CustomerAdminApi customerAdmin,
        AdminPasswordApi adminPasswords,
        MailAdminApi mailAdmin,
        Pages pages,
        OperationsEndpoints operations,
        ApiDocs apiDocs) {

    static Handlers of(
            WebUseCases useCases, WebSettings settings, ObjectMapper mapper, OperationsEndpoints operations) {
        Tenants tenants = new Tenants(useCases.tenants());
        BearerAuth auth = new BearerAuth(useCases.tokens());
        return new Handlers(
                new AnonymousLoginApi(useCases.tokens()),
                new OAuthTokenApi(useCases.tokens()),
                new CustomerLoginApi(tenants, auth, mapper, useCases.tokens()),
                new JwksApi(useCases.tokens()),
                new SignupApi(tenants, auth, mapper, useCases.signup()),
                new PasswordApi(tenants, auth, mapper, useCases.passwords()),
                new EmailChangeApi(tenants, auth, mapper, useCases.emailChange()),
                new ProfileApi(tenants, auth, mapper, useCases.profile()),
                new AddressApi(tenants, auth, mapper, useCases.addresses()),
                new SessionsApi(tenants, auth, useCases.sessions()),
                new AccountApi(tenants, auth, mapper, useCases.account()),
                new InternalLoginApi(tenants, auth, mapper, useCases.account()),
                new CustomerAdminApi(tenants, auth, useCases.admin()),
                new AdminPasswordApi(tenants, auth, mapper, useCases.admin()),
                new MailAdminApi(tenants, auth, useCases.mail()),
                new Pages(useCases, mapper, settings.secureCookies(), settings.clock()),
                operations,
                new ApiDocs());
    }
}
