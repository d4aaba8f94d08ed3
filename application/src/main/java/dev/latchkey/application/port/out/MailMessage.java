package dev.latchkey.application.port.out;

import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.tenant.TenantName;
import java.time.Duration;

/** A mail the service decided to send, before it is rendered. */
public sealed interface MailMessage {

    TenantName tenant();

    EmailAddress recipient();

    /**
     * The recipient's language tag as kept in its profile, e.g. {@code en_US} or {@code de_DE}; the
     * composer writes German for a German tag and English for any other.
     */
    String language();

    /** The shop's name as its customers know it, which every mail shows. */
    String shopName();

    /** Asks a new customer to confirm the address by opening the activation link. */
    record Activation(
            TenantName tenant,
            EmailAddress recipient,
            String language,
            String shopName,
            String activationLink,
            Duration validFor)
            implements MailMessage {}

    /** Tells an account's owner that someone tried to sign up with the address again. */
    record AccountExists(
            TenantName tenant,
            EmailAddress recipient,
            String language,
            String shopName,
            String loginLink,
            String resetLink)
            implements MailMessage {}

    /** Carries the link that lets the customer choose a new password without the old one. */
    record PasswordReset(
            TenantName tenant,
            EmailAddress recipient,
            String language,
            String shopName,
            String resetLink,
            Duration validFor)
            implements MailMessage {}

    /** Tells the customer that the account's password was changed, and what to do if that was not them. */
    record PasswordChanged(
            TenantName tenant, EmailAddress recipient, String language, String shopName, String passwordForgottenLink)
            implements MailMessage {}

    /** Sent to the NEW address: confirm it to make it the account's login email. */
    record EmailChangeConfirmation(
            TenantName tenant,
            EmailAddress recipient,
            String language,
            String shopName,
            String confirmationLink,
            Duration validFor)
            implements MailMessage {}

    /** Sent to the current address as soon as a change is asked for, whether or not the new address is free. */
    record EmailChangeRequested(
            TenantName tenant, EmailAddress recipient, String language, String shopName, EmailAddress newEmail)
            implements MailMessage {}

    /** Sent to the previous address once the change is confirmed, with a link that undoes it. */
    record EmailChanged(
            TenantName tenant,
            EmailAddress recipient,
            String language,
            String shopName,
            EmailAddress newEmail,
            String undoLink,
            Duration validFor)
            implements MailMessage {}

    /** Asks the customer to confirm that the account is to be deleted. */
    record AccountDeletionConfirmation(
            TenantName tenant,
            EmailAddress recipient,
            String language,
            String shopName,
            String confirmationLink,
            Duration validFor)
            implements MailMessage {}
}
