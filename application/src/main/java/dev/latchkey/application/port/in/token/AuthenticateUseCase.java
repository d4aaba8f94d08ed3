package dev.latchkey.application.port.in.token;

import dev.latchkey.domain.token.AccessGrant;

/** Finds what a presented bearer token grants. */
public interface AuthenticateUseCase {

    Result authenticate(String bearerToken);

    sealed interface Result {}

    record Authenticated(AccessGrant grant) implements Result {}

    record Invalid() implements Result {}

    record Expired() implements Result {}
}
