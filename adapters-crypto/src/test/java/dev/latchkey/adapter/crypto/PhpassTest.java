package dev.latchkey.adapter.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhpassTest {

    /** Published vectors: hashcat's example for mode 400 (phpass, WordPress) and John the Ripper's phpass tests. */
    @Test
    void verifiesPublishedHashes() {
        assertThat(Phpass.verify("hashcat", "$P$984478476IagS59wHZvyQMArzfx58u."))
                .isTrue();
        assertThat(Phpass.verify("test12345", "$P$9IQRaTwmfeRo7ud9Fh4E2PdI0S3r.L0"))
                .isTrue();
    }

    @Test
    void refusesWrongPasswordsAndAbsurdCounts() {
        assertThat(Phpass.verify("hashcaT", "$P$984478476IagS59wHZvyQMArzfx58u."))
                .isFalse();
        assertThat(Phpass.verify("hashcat", "$P$Z84478476IagS59wHZvyQMArzfx58u."))
                .isFalse();
        assertThat(Phpass.verify("hashcat", "$P$984478476IagS59wHZvyQMArzfx58u"))
                .isFalse();
    }

    @Test
    void phpBbsPrefixIsTheSameAlgorithm() {
        assertThat(Phpass.verify("hashcat", "$H$984478476IagS59wHZvyQMArzfx58u."))
                .isTrue();
    }

    @Test
    void theHasherChecksPhpassAndWantsItRehashed() {
        var hasher = new Argon2PasswordHasher(1);
        var hash = new dev.latchkey.domain.credential.PasswordHash("$P$984478476IagS59wHZvyQMArzfx58u.");
        assertThat(hasher.verify(new dev.latchkey.domain.credential.Password("hashcat"), hash))
                .isTrue();
        assertThat(hasher.needsRehash(hash)).isTrue();
        assertThat(new SupportedHashFormats().isSupported(hash)).isTrue();
        assertThat(new SupportedHashFormats().isSupported(new dev.latchkey.domain.credential.PasswordHash("md5:abc")))
                .isFalse();
    }
}
