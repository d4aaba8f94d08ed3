import com.password4j.BcryptFunction;
import com.password4j.types.Bcrypt;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes an import file of generated customers (JSON Lines): customer N has the email
 * {@code customerN@example.test}, customer number 100000 + N, a name, one address and a bcrypt
 * hash (cost 10) of the password given, the same hash for all. Run with the jar on the class path:
 * {@code java -cp server/target/latchkey.jar bench/ImportFile.java COUNT FILE PASSWORD}.
 */
public final class ImportFile {

    private static final String[] FIRST = {"Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances", "Niklaus"};
    private static final String[] LAST = {"Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Allen", "Wirth"};
    private static final String[] CITY = {"Berlin", "Hamburg", "Wien", "Zürich", "München", "Köln"};

    public static void main(String[] args) throws IOException {
        int count = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]);
        String hash = BcryptFunction.getInstance(Bcrypt.B, 10).hash(args[2]).getResult();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int n = 1; n <= count; n++) {
                out.write("{\"email\":\"customer" + n + "@example.test\",\"passwordHash\":\"" + hash
                        + "\",\"firstName\":\"" + FIRST[n % FIRST.length] + "\",\"lastName\":\"" + LAST[n % LAST.length]
                        + "\",\"customerNumber\":\"" + (100_000 + n) + "\",\"addresses\":[{\"street\":\"Hauptstraße\",\"streetNumber\":\""
                        + (n % 200 + 1) + "\",\"zipCode\":\"" + (10_000 + n % 89_999) + "\",\"city\":\"" + CITY[n % CITY.length]
                        + "\",\"country\":\"DE\",\"tags\":[\"BILLING\",\"SHIPPING\"],\"isDefault\":true}]}\n");
            }
        }
    }
}
