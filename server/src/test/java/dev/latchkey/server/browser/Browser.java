package dev.latchkey.server.browser;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium driven through chromedriver, for the tests of a whole test class:
 * opens pages, fills and submits forms, reads the page, collects the console and takes full-page
 * screenshots at desktop and phone width. Elements are found by id, name, form action or CSS,
 * never by their visible text, which changes with the language.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final String NOT_INSTALLED = "Chromium is not installed: apt-get install chromium chromium-driver";

    private static final int DESKTOP_WIDTH = 1280;
    private static final int DESKTOP_HEIGHT = 800;
    private static final int PHONE_WIDTH = 375;
    private static final int PHONE_HEIGHT = 667;
    private static final Duration WAIT = Duration.ofSeconds(15);
    /** Held so the setting sticks: no DevTools binding is needed, so its absence for this Chromium is no news. */
    private static final Logger DEVTOOLS_LOG = Logger.getLogger("org.openqa.selenium.devtools");

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path screenshots;
    private final List<String> console = new ArrayList<>();

    private Browser(ChromeDriverService service, ChromeDriver driver, Path screenshots) {
        this.service = service;
        this.driver = driver;
        this.screenshots = screenshots;
    }

    /** Whether Debian's Chromium and its chromedriver are installed. */
    public static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** Skips the calling test, saying how to install the browser, when it is not installed. */
    public static void assumeInstalled() {
        Assumptions.assumeTrue(installed(), NOT_INSTALLED);
    }

    /** Starts the browser, or skips the calling tests when Chromium or chromedriver is not installed. */
    public static Browser start() {
        return start("en-US");
    }

    /**
     * Starts a browser whose language settings (its {@code Accept-Language}) are {@code acceptLanguages},
     * like {@code "de-DE,de"}; skips the calling tests when Chromium or chromedriver is not installed.
     */
    public static Browser start(String acceptLanguages) {
        assumeInstalled();
        DEVTOOLS_LOG.setLevel(Level.SEVERE);
        // with the driver and the browser both given, Selenium Manager is never asked to find or fetch one
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options(acceptLanguages));
        } catch (RuntimeException e) {
            service.stop();
            throw e;
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Browser browser = new Browser(
                service,
                driver,
                Path.of(System.getProperty("basedir", ""))
                        .toAbsolutePath()
                        .resolve("target")
                        .resolve("screenshots"));
        browser.emulate(DESKTOP_WIDTH, DESKTOP_HEIGHT, false);
        return browser;
    }

    private static ChromeOptions options(String acceptLanguages) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--disable-gpu",
                "--window-size=" + DESKTOP_WIDTH + "," + DESKTOP_HEIGHT,
                "--hide-scrollbars",
                "--lang=" + acceptLanguages.split(",")[0]);
        // the password manager would only add prompts and requests to the outside
        options.setExperimentalOption(
                "prefs",
                Map.of(
                        "intl.accept_languages", acceptLanguages,
                        "credentials_enable_service", false,
                        "profile.password_manager_enabled", false));
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
        return options;
    }

    /** Loads {@code url} and waits until the page has loaded. */
    public void open(String url) {
        driver.get(url);
        collectConsole();
    }

    /** Types {@code value} into the (emptied) input named {@code name}. */
    public void fill(String name, String value) {
        WebElement input = driver.findElement(By.name(name));
        input.clear();
        input.sendKeys(value);
    }

    /** Presses the submit button of the form whose action is {@code action} and waits for the next page. */
    public void submit(String action) {
        clickAndWaitForNextPage(driver.findElement(By.cssSelector(formWithAction(action) + " [type=submit]")));
    }

    /** Follows the first link matching {@code css} and waits for the page it leads to. */
    public void follow(String css) {
        clickAndWaitForNextPage(driver.findElement(By.cssSelector(css)));
    }

    /** Clicks the first element matching {@code css}, on the same page (like a summary that opens its details). */
    public void click(String css) {
        driver.findElement(By.cssSelector(css)).click();
    }

    private void clickAndWaitForNextPage(WebElement element) {
        // the page being left is marked: the next one is there once a loaded document lacks the mark
        script("document.documentElement.setAttribute('data-left', '')");
        element.click();
        new WebDriverWait(driver, WAIT)
                .ignoring(WebDriverException.class) // while the old page goes away, its elements answer with errors
                .until(page -> Boolean.TRUE.equals(script("return document.readyState === 'complete'"
                        + " && !document.documentElement.hasAttribute('data-left')")));
        collectConsole();
    }

    /** Whether the page has a form posting to {@code action}. */
    public boolean hasForm(String action) {
        return has(formWithAction(action));
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    /** The HTTP status the current page was delivered with. */
    public int status() {
        return ((Number) script("return performance.getEntriesByType('navigation')[0].responseStatus")).intValue();
    }

    /** The rendered text of the first element matching {@code css}. */
    public String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    /** An attribute of the first element matching {@code css}, or {@code null} when it has none. */
    public String attribute(String css, String name) {
        return driver.findElement(By.cssSelector(css)).getDomAttribute(name);
    }

    /** The current value of the input named {@code name}. */
    public String value(String name) {
        return driver.findElement(By.name(name)).getDomProperty("value");
    }

    public boolean has(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    /** The rendered texts of every element matching {@code css}. */
    public List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Whether the checkbox or radio button named {@code name} is checked. */
    public boolean isChecked(String name) {
        return driver.findElement(By.name(name)).isSelected();
    }

    /**
     * The form fields a person can fill but that have no label of their own (a {@code <label for>},
     * an enclosing label or an {@code aria-label}), each named by its name.
     */
    public List<String> unlabelledFields() {
        Object found = script("return Array.from(document.querySelectorAll('input, select, textarea'))"
                + ".filter(field => field.type !== 'hidden')"
                + ".filter(field => field.labels.length === 0 && !field.hasAttribute('aria-label'))"
                + ".map(field => field.name || field.id || field.outerHTML)");
        return ((List<?>) found).stream().map(String::valueOf).toList();
    }

    public boolean isDisplayed(String css) {
        List<WebElement> found = driver.findElements(By.cssSelector(css));
        return !found.isEmpty() && found.get(0).isDisplayed();
    }

    /** Runs {@code javascript} in the page (WebDriver's scripts are not subject to the page's policy). */
    public Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /** Forgets every cookie, as a new visitor would arrive. */
    public void clearCookies() {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    /** The console messages of the pages since the previous call, each as "LEVEL message". */
    public List<String> console() {
        collectConsole();
        List<String> messages = List.copyOf(console);
        console.clear();
        return messages;
    }

    /**
     * Saves two full-page PNGs of the current page under {@code target/screenshots}:
     * {@code <name>-desktop.png} 1280 px wide and {@code <name>-375.png} 375 px wide as a phone shows it.
     */
    public List<Path> screenshot(String name) {
        return screenshot(name, true);
    }

    /**
     * Saves what a visitor sees first, without scrolling, as {@code <name>-desktop.png} (1280 by 800)
     * and {@code <name>-375.png} (375 by 667).
     */
    public List<Path> screenshotTop(String name) {
        return screenshot(name, false);
    }

    private List<Path> screenshot(String name, boolean fullPage) {
        collectConsole();
        try {
            return List.of(
                    capture(name + "-desktop.png", DESKTOP_WIDTH, DESKTOP_HEIGHT, false, fullPage),
                    capture(name + "-375.png", PHONE_WIDTH, PHONE_HEIGHT, true, fullPage));
        } finally {
            emulate(DESKTOP_WIDTH, DESKTOP_HEIGHT, false);
        }
    }

    /**
     * When the page is wider than a 375 px phone, so that the phone has to scroll sideways: the
     * elements that reach past its right edge (at most 12, each as tag, id, classes and right edge);
     * empty when it fits.
     */
    public List<String> tooWideForAPhone() {
        emulate(PHONE_WIDTH, PHONE_HEIGHT, true);
        try {
            return stickingOutPastTheRightEdge();
        } finally {
            emulate(DESKTOP_WIDTH, DESKTOP_HEIGHT, false);
        }
    }

    private List<String> stickingOutPastTheRightEdge() {
        Object found = script("const width = document.documentElement.clientWidth;"
                + " if (document.documentElement.scrollWidth <= width) { return []; }"
                + " return Array.from(document.querySelectorAll('body *'))"
                + ".filter(element => element.getBoundingClientRect().right > width + 0.5)"
                + ".map(element => element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')"
                + " + (typeof element.className === 'string' && element.className"
                + " ? '.' + element.className.trim().split(/\\s+/).join('.') : '')"
                + " + ' ' + Math.round(element.getBoundingClientRect().right) + 'px')"
                + ".slice(0, 12)");
        return ((List<?>) found).stream().map(String::valueOf).toList();
    }

    /** The driver itself, for what the helpers above do not cover. */
    public ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
        }
    }

    private Path capture(String file, int width, int height, boolean phone, boolean fullPage) {
        emulate(width, height, phone);
        Map<String, Object> layout = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        double layoutWidth = number(layout.get("cssLayoutViewport"), "clientWidth");
        double contentHeight = number(layout.get("cssContentSize"), "height");
        // a page without a viewport meta tag is laid out wider than a phone and shown zoomed out, as a phone does
        double zoom = width / layoutWidth;
        Map<String, Object> shot = driver.executeCdpCommand(
                "Page.captureScreenshot",
                Map.of(
                        "format",
                        "png",
                        "captureBeyondViewport",
                        true,
                        "clip",
                        Map.of(
                                "x",
                                0,
                                "y",
                                0,
                                "width",
                                layoutWidth,
                                "height",
                                fullPage
                                        ? Math.max(Math.ceil(contentHeight), Math.ceil(height / zoom))
                                        : Math.ceil(height / zoom),
                                "scale",
                                zoom)));
        try {
            Files.createDirectories(screenshots);
            Path png = screenshots.resolve(file);
            Files.write(png, Base64.getDecoder().decode((String) shot.get("data")));
            return png;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void emulate(int width, int height, boolean phone) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", phone));
    }

    private void collectConsole() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            console.add(entry.getLevel() + " " + entry.getMessage());
        }
    }

    private static double number(Object map, String key) {
        return ((Number) ((Map<?, ?>) map).get(key)).doubleValue();
    }

    private static String formWithAction(String action) {
        return "form[action$='" + action + "']";
    }
}
