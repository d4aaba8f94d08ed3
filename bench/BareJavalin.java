import io.javalin.Javalin;

/**
 * The benchmark's baseline: a bare Javalin server (the same Javalin, Jetty and JVM as the product,
 * taken from the product's jar) with one route that answers a constant JSON body of the same size
 * as a customer's {@code GET /customer/demo/me}. Not part of the product. Run with the Java source
 * launcher: {@code java -cp server/target/latchkey.jar bench/BareJavalin.java PORT}.
 */
public class BareJavalin {

    private static final String BODY = "{\"id\":\"a5085e21-0f48-48e3-b4d8-196d4603f679\",\"customerNumber\":\"100001\","
            + "\"title\":null,\"firstName\":null,\"middleName\":null,\"lastName\":null,\"contactPhone\":null,"
            + "\"company\":null,\"preferredLanguage\":\"en_US\",\"preferredCurrency\":\"USD\",\"preferredSite\":\"main\","
            + "\"contactEmail\":null,\"type\":\"customer\",\"b2b\":null,\"metadata\":null,\"mixins\":null,"
            + "\"accounts\":[{\"type\":\"internal\",\"email\":\"b1@example.test\",\"status\":\"ACTIVE\"}]}";

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = "127.0.0.1";
            config.jetty.port = port;
            config.routes.get("/bare", ctx -> ctx.contentType("application/json").result(BODY));
        }).start();
        System.out.println("bare javalin serving on http://127.0.0.1:" + port + "/bare");
    }
}
