package dev.latchkey.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.latchkey.server.RunningLatchkey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A shop's own look and its way back to the shop, in a real Chromium: the colour and logo from the
 * configuration, the sign-in that returns to the shop's URL under the page policy, and the script's
 * live password hint. The "shop" is a small HTTP server on the loopback interface.
 */
class ShopBrowserIT {

    private static final String PASSWORD = "correct horse battery";
    private static final String CSP_VIOLATION = "Content Security Policy";
    /** A 1x1 green PNG. */
    private static final byte[] LOGO = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @TempDir
    static Path dataDir;

    private static Browser browser;
    private static RunningLatchkey latchkey;
    private static HttpServer shop;
    private static String base;
    private static String shopUrl;

    @BeforeAll
    static void start() throws IOException {
        if (!Browser.installed()) {
            return;
        }
        shop = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        shop.createContext("/account", exchange -> {
            byte[] page = "<!DOCTYPE html><title>Orders</title><h1 id=\"orders\">Your orders</h1>"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        shop.createContext("/logo.png", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, LOGO.length);
            exchange.getResponseBody().write(LOGO);
            exchange.close();
        });
        shop.start();
        shopUrl = "http://127.0.0.1:" + shop.getAddress().getPort();
        browser = Browser.start();
        int port = freePort();
        base = "http://127.0.0.1:" + port;
        latchkey = RunningLatchkey.withSmtp(
                dataDir,
                Map.of(
                        "LATCHKEY_HTTP_PORT",
                        Integer.toString(port),
                        "LATCHKEY_PUBLIC_URL",
                        base,
                        "LATCHKEY_TENANT_DISPLAY_NAME",
                        "Green Grocer",
                        "LATCHKEY_TENANT_PRIMARY_COLOR",
                        "#0a7d38",
                        "LATCHKEY_TENANT_LOGO_URL",
                        shopUrl + "/logo.png",
                        "LATCHKEY_TENANT_SUPPORT_EMAIL",
                        "help@grocer.example",
                        "LATCHKEY_TENANT_RETURN_URLS",
                        shopUrl + "/account"));
        latchkey.signUpAndActivate("ada@example.test", PASSWORD);
    }

    @AfterAll
    static void stop() {
        try {
            if (latchkey != null) {
                latchkey.close();
            }
            if (shop != null) {
                shop.stop(0);
            }
        } finally {
            if (browser != null) {
                browser.close();
            }
        }
    }

    @BeforeEach
    void newVisitor() {
        Browser.assumeInstalled();
        browser.clearCookies();
        browser.console();
    }

    @Test
    void theShopsColourLogoNameAndSupportAddressShow() {
        browser.open(base + "/ui/demo/login");
        assertThat(browser.text(".shop-name")).isEqualTo("Green Grocer");
        assertThat(browser.script(
                        "return getComputedStyle(document.querySelector('button[type=submit]')).backgroundColor"))
                .isEqualTo("rgb(10, 125, 56)");
        assertThat(browser.script("return getComputedStyle(document.querySelector('header.shop')).backgroundColor"))
                .isEqualTo("rgb(10, 125, 56)");
        assertThat(browser.script("return document.querySelector('img.shop-logo').naturalWidth"))
                .isEqualTo(1L);
        assertThat(browser.attribute("footer.support a", "href")).isEqualTo("mailto:help@grocer.example");
        assertThat(browser.attribute("link[rel=icon]", "href")).isEqualTo(browser.attribute("img.shop-logo", "src"));
        browser.screenshot("shop-login");
        assertThat(browser.console()).noneMatch(line -> line.contains(CSP_VIOLATION));
    }

    @Test
    void signInWithAnAllowedReturnUrlLandsOnTheShop() {
        browser.open(base + "/ui/demo/login?return_to=" + shopUrl + "/account/orders");
        browser.fill("email", "ada@example.test");
        browser.fill("password", PASSWORD);
        browser.submit("/ui/demo/login");
        assertThat(browser.url()).isEqualTo(shopUrl + "/account/orders");
        assertThat(browser.text("#orders")).isEqualTo("Your orders");
        assertThat(browser.console()).noneMatch(line -> line.contains(CSP_VIOLATION));
    }

    @Test
    void aReturnUrlOutsideTheShopsListIsIgnored() {
        browser.open(base + "/ui/demo/login?return_to=" + shopUrl + "/elsewhere");
        browser.fill("email", "ada@example.test");
        browser.fill("password", PASSWORD);
        browser.submit("/ui/demo/login");
        assertThat(browser.url()).isEqualTo(base + "/ui/demo/profile");
    }

    @Test
    void theScriptHintsWhichRulesANewPasswordBreaksWhileItIsTyped() {
        browser.open(base + "/ui/demo/signup");
        browser.fill("email", "bea@example.test");
        browser.fill("password", "bea1");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(driver -> browser.has("#password-hint")
                        && browser.text("#password-hint").contains("at least 8"));
        assertThat(browser.text("#password-hint")).contains("part of your email address");
        assertThat(browser.attribute("input[name=password]", "aria-describedby"))
                .contains("password-hint");
        browser.screenshot("signup-hint");
        browser.fill("password", "a long and unusual passphrase");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(driver -> browser.text("#password-hint").contains("meets every rule"));
        assertThat(browser.console()).noneMatch(line -> line.contains(CSP_VIOLATION));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
