package dev.latchkey.application.port.out;

import dev.latchkey.domain.credential.PasswordHash;

/** Which stored password hashes can be checked at login (the current one and those imported from other shops). */
public interface PasswordHashFormats {

    boolean isSupported(PasswordHash hash);
}
