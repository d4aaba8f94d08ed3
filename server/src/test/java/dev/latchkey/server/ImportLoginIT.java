package dev.latchkey.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.password4j.Argon2Function;
import com.password4j.BcryptFunction;
import com.password4j.Password;
import com.password4j.ScryptFunction;
import com.password4j.types.Argon2;
import com.password4j.types.Bcrypt;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Customers imported with the hash their old shop kept log in over HTTP with their old password,
 * which is then kept as Argon2id.
 */
class ImportLoginIT {

    private static final String PASSWORD = "Old-shop-password-42";

    @TempDir
    Path dir;

    @Test
    void everyImportedHashFormatLogsInAndIsUpgraded() throws Exception {
        Map<String, String> hashes = new LinkedHashMap<>();
        String bcrypt = Password.hash(PASSWORD)
                .with(BcryptFunction.getInstance(Bcrypt.B, 6))
                .getResult();
        hashes.put("bcrypt2b@example.test", bcrypt);
        hashes.put("bcrypt2a@example.test", "$2a$" + bcrypt.substring(4));
        hashes.put("bcrypt2y@example.test", "$2y$" + bcrypt.substring(4));
        hashes.put("django@example.test", django(PASSWORD, "somesalt", 1000));
        hashes.put(
                "scrypt@example.test",
                Password.hash(PASSWORD)
                        .addRandomSalt(16)
                        .with(ScryptFunction.getInstance(1024, 8, 1))
                        .getResult());
        hashes.put(
                "argon2@example.test",
                Password.hash(PASSWORD)
                        .addRandomSalt(16)
                        .with(Argon2Function.getInstance(4096, 1, 1, 32, Argon2.ID, 19))
                        .getResult());
        hashes.put("wordpress@example.test", "$P$984478476IagS59wHZvyQMArzfx58u.");
        StringBuilder lines = new StringBuilder();
        hashes.forEach((email, hash) -> lines.append("{\"email\":\"")
                .append(email)
                .append("\",\"passwordHash\":\"")
                .append(hash)
                .append("\",\"firstName\":\"Imported\"}\n"));
        Path file = Files.writeString(dir.resolve("shop.jsonl"), lines, StandardCharsets.UTF_8);

        RunningLatchkey.withoutSmtp(dir, Map.of()).close(); // the first start makes the tenant
        CliRun run = CliRun.run(dir, "customers", "import", "--tenant", "demo", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Imported 7 customers");

        try (RunningLatchkey latchkey = RunningLatchkey.withoutSmtp(dir, Map.of())) {
            hashes.forEach((email, hash) -> {
                String password = email.startsWith("wordpress") ? "hashcat" : PASSWORD;
                assertThat(latchkey.login(email, "wrong-" + password).status())
                        .as(email)
                        .isEqualTo(401);
                assertThat(latchkey.login(email, password).status()).as(email).isEqualTo(200);
            });
        }
        String export =
                CliRun.run(dir, "customers", "export", "--with-password-hashes").out();
        assertThat(export.lines())
                .hasSize(7)
                .allSatisfy(line -> assertThat(line).contains("\"passwordHash\":\"$argon2id$v=19$m=19456,t=2,p=1$"));
        try (RunningLatchkey latchkey = RunningLatchkey.withoutSmtp(dir, Map.of())) {
            hashes.forEach((email, hash) -> assertThat(
                            latchkey.login(email, email.startsWith("wordpress") ? "hashcat" : PASSWORD)
                                    .status())
                    .as(email)
                    .isEqualTo(200));
        }
    }

    private static String django(String password, String salt, int iterations) throws Exception {
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(
                        new PBEKeySpec(password.toCharArray(), salt.getBytes(StandardCharsets.UTF_8), iterations, 256))
                .getEncoded();
        return "pbkdf2_sha256$" + iterations + "$" + salt + "$"
                + Base64.getEncoder().encodeToString(hash);
    }
}
