package dev.latchkey.application.port.in.token;

import dev.latchkey.application.port.in.RequestOrigin;
import dev.latchkey.domain.credential.Password;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.tenant.ClientId;
import dev.latchkey.domain.tenant.TenantName;
import java.time.Duration;

/** Logs a customer in with email and password. */
public interface LoginUseCase {

    Result login(Command command);

    record Command(TenantName tenant, EmailAddress email, Password password, ClientId client, RequestOrigin origin) {}

    sealed interface Result {}

    record LoggedIn(CustomerTokens tokens) implements Result {}

    /** Unknown email or wrong password: the caller must not be able to tell which. */
    record WrongCredentials() implements Result {}

    /** The password was right, but the email address was never confirmed. */
    record NotActivated() implements Result {}

    /** The password was right, but the shop blocked the account. */
    record Blocked() implements Result {}

    /**
     * Too many failed logins on the account or from the client address: nothing was checked, not
     * even a correct password; the caller may try again after {@code retryAfter}.
     */
    record Throttled(Duration retryAfter, ThrottledBy by) implements Result {}

    /** Whose failures caused the wait. */
    enum ThrottledBy {
        ACCOUNT,
        ADDRESS
    }
}
