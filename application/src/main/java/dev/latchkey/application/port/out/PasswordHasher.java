package dev.latchkey.application.port.out;

import dev.latchkey.domain.credential.Password;
import dev.latchkey.domain.credential.PasswordHash;

/** Hashes and verifies passwords with a deliberately slow, memory-hard function. */
public interface PasswordHasher {

    PasswordHash hash(Password password);

    boolean verify(Password password, PasswordHash hash);

    /** True when the hash was made with other parameters than today's, so it should be replaced at the next login. */
    boolean needsRehash(PasswordHash hash);
}
