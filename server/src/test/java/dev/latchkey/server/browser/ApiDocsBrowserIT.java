package dev.latchkey.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.server.RunningLatchkey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The API reference at /docs renders every operation of openapi.json in a real Chromium, under its own page policy. */
class ApiDocsBrowserIT {

    @TempDir
    static Path dataDir;

    private static Browser browser;
    private static RunningLatchkey latchkey;
    private static String base;

    @BeforeAll
    static void start() {
        if (!Browser.installed()) {
            return;
        }
        int port = freePort();
        base = "http://127.0.0.1:" + port;
        latchkey = RunningLatchkey.withSmtp(
                dataDir, Map.of("LATCHKEY_HTTP_PORT", Integer.toString(port), "LATCHKEY_PUBLIC_URL", base));
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (latchkey != null) {
            latchkey.close();
        }
    }

    @Test
    void theReferenceRendersEveryOperationWithoutPolicyViolations() {
        Browser.assumeInstalled();
        browser.open(base + "/docs");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(driver -> driver.findElements(By.cssSelector(".opblock")).size() >= 39);
        List<String> paths = browser.texts(".opblock-summary-path");
        assertThat(paths)
                .contains("/customer/{tenant}/login", "/oauth/token", "/admin/{tenant}/customers/{id}/password");
        assertThat(browser.text(".info .title")).contains("Latchkey JSON API");
        browser.script("document.querySelector('.opblock-summary-control').click()");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(driver -> !driver.findElements(By.cssSelector(".opblock-body .responses-table"))
                        .isEmpty());
        browser.screenshotTop("api-docs");
        assertThat(browser.console()).as("console of /docs").isEmpty();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
