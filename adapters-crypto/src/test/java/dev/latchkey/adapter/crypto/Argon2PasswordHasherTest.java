package dev.latchkey.adapter.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import com.password4j.Argon2Function;
import com.password4j.BcryptFunction;
import com.password4j.ScryptFunction;
import com.password4j.types.Argon2;
import com.password4j.types.Bcrypt;
import dev.latchkey.domain.credential.Password;
import dev.latchkey.domain.credential.PasswordHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class Argon2PasswordHasherTest {

    private static final String PASSWORD = "correct horse battery";
    private static final Password RIGHT = new Password(PASSWORD);
    private static final Password WRONG = new Password("correct horse battery!");

    /** Published jBCrypt / OpenBSD test vector for the password "abc". */
    private static final String BCRYPT_ABC = "$2a$06$If6bvum7DFjUnE9p2uDeDu0YHzrHM6tf.iqN8.yx.jNN1ILEf7h0i";
    /** Python's hashlib.scrypt("correct horse battery", salt=b"seasalt", n=16384, r=8, p=1, dklen=64), in Password4j's form. */
    private static final String SCRYPT =
            "$e0801$c2Vhc2FsdA==$SeFqIcfVoCQ85h5NbG3EpG8ZJwwKWu1+rKv1XMRmc3UIyHKqDpR7rR98Hm7A1fBSl9U5maL45wsoJFnVK2bpuQ==";
    /** The same with a 32-byte key and the "$s0" prefix of the lambdaworks scrypt library. */
    private static final String SCRYPT_LAMBDAWORKS =
            "$s0$e0801$c2Vhc2FsdA==$SeFqIcfVoCQ85h5NbG3EpG8ZJwwKWu1+rKv1XMRmc3U=";
    /** Python's hashlib.pbkdf2_hmac("sha256", b"correct horse battery", b"seasalt", 260000), as Django keeps it. */
    private static final String DJANGO = "pbkdf2_sha256$260000$seasalt$5q6zv2yMVp524Dm+hdzXL4MRK7tsR28QdW8vM5+uOvA=";

    private final Argon2PasswordHasher hasher = new Argon2PasswordHasher(2);

    @Test
    void hashesWithArgon2idAtTodaysParametersAndVerifies() {
        PasswordHash hash = hasher.hash(RIGHT);

        assertThat(hash.encoded()).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(hasher.verify(RIGHT, hash)).isTrue();
        assertThat(hasher.verify(WRONG, hash)).isFalse();
        assertThat(hasher.needsRehash(hash)).isFalse();
    }

    @Test
    void theDecoyIsAnArgon2idHashAtTodaysParametersThatNoPasswordMatches() {
        PasswordHash decoy = hasher.decoy();

        assertThat(decoy.encoded())
                .startsWith("$argon2id$v=19$m=19456,t=2,p=1$")
                .isNotEqualTo(hasher.decoy().encoded());
        assertThat(hasher.needsRehash(decoy)).isFalse();
        assertThat(hasher.verify(RIGHT, decoy)).isFalse();
        assertThat(new SupportedHashFormats().isSupported(decoy)).isTrue();
    }

    @Test
    void anArgon2HashWithOtherParametersVerifiesAndNeedsRehash() {
        PasswordHash weaker = new Argon2PasswordHasher(8 * 1024, 1, 1, 1).hash(RIGHT);

        assertThat(hasher.verify(RIGHT, weaker)).isTrue();
        assertThat(hasher.needsRehash(weaker)).isTrue();
    }

    /** Password4j hashes the password as UTF-8 too; its Argon2 at other types, versions and lengths must verify. */
    @Test
    void argon2HashesMadeByOtherImplementationsVerify() {
        String password4j = com.password4j.Password.hash("pässwört ✓")
                .addRandomSalt(16)
                .with(Argon2Function.getInstance(1024, 3, 2, 24, Argon2.ID, 19))
                .getResult();
        String argon2i = com.password4j.Password.hash(PASSWORD)
                .addRandomSalt(8)
                .with(Argon2Function.getInstance(256, 2, 1, 16, Argon2.I, 16))
                .getResult();

        assertThat(hasher.verify(new Password("pässwört ✓"), new PasswordHash(password4j)))
                .isTrue();
        assertThat(hasher.verify(new Password("passwort ✓"), new PasswordHash(password4j)))
                .isFalse();
        assertThat(hasher.verify(RIGHT, new PasswordHash(argon2i))).isTrue();
        assertThat(hasher.needsRehash(new PasswordHash(argon2i))).isTrue();
    }

    @Test
    void theSameHasherGivesTheSameAnswersHashAfterHash() {
        PasswordHash first = hasher.hash(RIGHT);
        PasswordHash second = hasher.hash(WRONG);

        for (int i = 0; i < 3; i++) {
            assertThat(hasher.verify(RIGHT, first)).isTrue();
            assertThat(hasher.verify(WRONG, second)).isTrue();
            assertThat(hasher.verify(WRONG, first)).isFalse();
        }
        assertThat(first.encoded()).isNotEqualTo(hasher.hash(RIGHT).encoded());
    }

    @Test
    void aPublishedBcryptVectorVerifiesInEveryMinorVersion() {
        for (String version : new String[] {"$2a$", "$2b$", "$2y$"}) {
            PasswordHash hash = new PasswordHash(BCRYPT_ABC.replace("$2a$", version));
            assertThat(hasher.verify(new Password("abc"), hash)).as(version).isTrue();
            assertThat(hasher.verify(new Password("abd"), hash)).as(version).isFalse();
            assertThat(hasher.needsRehash(hash)).as(version).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Bcrypt.class,
            names = {"A", "B", "Y"})
    void bcryptHashesMadeByPassword4jVerify(Bcrypt version) {
        PasswordHash hash = new PasswordHash(
                BcryptFunction.getInstance(version, 4).hash(PASSWORD).getResult());

        assertThat(hasher.verify(RIGHT, hash)).isTrue();
        assertThat(hasher.verify(WRONG, hash)).isFalse();
        assertThat(hasher.needsRehash(hash)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {SCRYPT, SCRYPT_LAMBDAWORKS})
    void scryptHashesVerifyAndNeedRehash(String encoded) {
        PasswordHash hash = new PasswordHash(encoded);

        assertThat(hasher.verify(RIGHT, hash)).isTrue();
        assertThat(hasher.verify(WRONG, hash)).isFalse();
        assertThat(hasher.needsRehash(hash)).isTrue();
    }

    @Test
    void scryptHashesMadeByPassword4jVerify() {
        PasswordHash hash = new PasswordHash(
                ScryptFunction.getInstance(1024, 8, 1).hash(PASSWORD).getResult());

        assertThat(hasher.verify(RIGHT, hash)).isTrue();
        assertThat(hasher.verify(WRONG, hash)).isFalse();
    }

    @Test
    void djangoPbkdf2HashesVerifyAndNeedRehash() {
        PasswordHash hash = new PasswordHash(DJANGO);

        assertThat(hasher.verify(RIGHT, hash)).isTrue();
        assertThat(hasher.verify(WRONG, hash)).isFalse();
        assertThat(hasher.verify(RIGHT, new PasswordHash(DJANGO.replace("$seasalt$", "$peppers$"))))
                .isFalse();
        assertThat(hasher.verify(RIGHT, new PasswordHash(DJANGO.replace("$260000$", "$260001$"))))
                .isFalse();
        assertThat(hasher.needsRehash(hash)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "correct horse battery",
                "$P$984478476IagS59wHZvyQMArzfx58u.",
                "md5$seasalt$0123456789abcdef",
                "pbkdf2_sha1$260000$seasalt$5q6zv2yMVp524Dm+hdzXL4MRK7tsR28QdW8vM5+uOvA=",
                "pbkdf2_sha256$abc$seasalt$5q6zv2yMVp524Dm+hdzXL4MRK7tsR28QdW8vM5+uOvA=",
                "$2a$06$tooShort",
                "$argon2id$v=19$m=19456,t=2,p=1$broken",
                "$e0801$!!!$!!!"
            })
    void unknownOrBrokenHashesNeverVerify(String encoded) {
        PasswordHash hash = new PasswordHash(encoded);

        assertThat(hasher.verify(RIGHT, hash)).isFalse();
        assertThat(hasher.verify(new Password(encoded), hash)).isFalse();
        assertThat(hasher.needsRehash(hash)).isTrue();
    }

    @Test
    void absurdCostsAreRefusedInsteadOfComputed() {
        assertThat(hasher.verify(new Password("abc"), new PasswordHash(BCRYPT_ABC.replace("$06$", "$31$"))))
                .isFalse();
        assertThat(hasher.verify(RIGHT, new PasswordHash(DJANGO.replace("$260000$", "$999999999$"))))
                .isFalse();
        assertThat(hasher.verify(RIGHT, new PasswordHash(SCRYPT.replace("$e0801$", "$1e0801$"))))
                .isFalse();
        PasswordHash gigabytes = new PasswordHash(hasher.hash(RIGHT).encoded().replace("m=19456", "m=4194304"));
        assertThat(hasher.verify(RIGHT, gigabytes)).isFalse();
        assertThat(new SupportedHashFormats().isSupported(gigabytes)).isFalse();
    }
}
