package dev.latchkey.adapter.web;

import dev.latchkey.application.port.in.account.AccountUseCases;
import dev.latchkey.application.port.in.address.AddressUseCases;
import dev.latchkey.application.port.in.admin.AdminUseCases;
import dev.latchkey.application.port.in.email.EmailChangeUseCases;
import dev.latchkey.application.port.in.mail.MailUseCases;
import dev.latchkey.application.port.in.password.PasswordUseCases;
import dev.latchkey.application.port.in.profile.ProfileUseCases;
import dev.latchkey.application.port.in.session.SessionUseCases;
import dev.latchkey.application.port.in.signup.SignupUseCases;
import dev.latchkey.application.port.in.tenant.TenantUseCases;
import dev.latchkey.application.port.in.token.TokenUseCases;

/** The use cases the web adapter drives, one record per area; each API or page class takes its area's. */
public record WebUseCases(
        TenantUseCases tenants,
        TokenUseCases tokens,
        SignupUseCases signup,
        PasswordUseCases passwords,
        EmailChangeUseCases emailChange,
        ProfileUseCases profile,
        AddressUseCases addresses,
        SessionUseCases sessions,
        AccountUseCases account,
        AdminUseCases admin,
        MailUseCases mail) {}
