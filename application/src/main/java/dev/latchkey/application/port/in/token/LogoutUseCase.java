package dev.latchkey.application.port.in.token;

import dev.latchkey.application.port.in.RequestOrigin;
import dev.latchkey.domain.token.AccessGrant;

/** Ends the login session of a customer token: its access and refresh tokens stop working at once. */
public interface LogoutUseCase {

    void logout(AccessGrant grant, RequestOrigin origin);
}
