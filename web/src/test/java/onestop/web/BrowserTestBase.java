package onestop.web;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The one owner of the browser for the web ITs: a headless Chromium per test class (Debian's
 * {@code chromium} and {@code chromedriver}, never downloaded), a clean cookie jar before each
 * test, the waits for full page loads and PrimeFaces Ajax, the login helper and a screenshot of
 * the page when a test fails ({@code target/screenshots}).
 *
 * <p>Without the browser the tests are skipped with the install command, except on CI
 * ({@code CI=true}), where a missing browser is a failure: a green build must have run them.
 *
 * <p>Subclasses declare their own {@code @Deployment(testable = false)}; the base URL comes from
 * Arquillian. The browser's language is English unless the class says otherwise with
 * {@link BrowserLanguage}; {@link #text} reads the bundle of that language.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(BrowserTestBase.BrowserPerClass.class)
public abstract class BrowserTestBase {
    /** The password of every demo account (demo mode is on in the test server). */
    public static final String DEMO_PASSWORD = "onestop-demo-2026";

    private static final Path CHROMIUM = Path.of(System.getProperty("it.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("it.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(15);

    private static Chrome chrome;
    private static Texts texts;

    /** The application's root, e.g. {@code http://127.0.0.1:8480/onestop-web/}. */
    @ArquillianResource
    protected URL base;

    @BeforeEach
    void forgetSession() {
        requireChromium();
        driver().executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    static boolean chromiumInstalled() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /**
     * Skips the test when the browser is missing, or fails it on CI. Checked per test (not per
     * class) so that the build's summary counts the skipped tests and the reports carry the reason.
     */
    static void requireChromium() {
        if (chromiumInstalled()) {
            return;
        }
        String message = "The browser tests need " + CHROMIUM + " and " + CHROMEDRIVER + ". Install them with:\n"
                + "    sudo apt-get install chromium chromium-driver\n"
                + "(or point -Dit.chromium / -Dit.chromedriver at another Chromium and its driver)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message);
        }
        assumeTrue(false, message);
    }

    protected static ChromeDriver driver() {
        return chrome.driver();
    }

    /** The bundle text of this class's browser language. */
    protected static String text(String key, Object... args) {
        return texts.get(key, args);
    }

    protected static Texts texts() {
        return texts;
    }

    // ---- navigation and waits

    protected String url(String path) {
        return base.toString() + path;
    }

    /** Opens a page of the application ({@code "staff/home.xhtml"}) and waits until it is loaded. */
    protected void open(String path) {
        driver().get(url(path));
        waitForPage();
    }

    /** The path of the current page inside the application, e.g. {@code /staff/home.xhtml}. */
    protected String currentPath() {
        String path = URI.create(driver().getCurrentUrl()).getPath();
        String root = base.getPath().replaceAll("/$", "");
        return path.startsWith(root) ? path.substring(root.length()) : path;
    }

    /** The query of the current page's URL, or an empty string. */
    protected String currentQuery() {
        String query = URI.create(driver().getCurrentUrl()).getQuery();
        return query == null ? "" : query;
    }

    protected static WebDriverWait waiting() {
        return new WebDriverWait(driver(), WAIT);
    }

    /** The document is loaded and PrimeFaces (when on the page) has no Ajax request queued or running. */
    protected static void waitForPage() {
        waiting().until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete'"
                        + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());"));
    }

    /** Runs an action that loads a new page (a link, a non-Ajax submit) and waits for the new page. */
    protected static void guardHttp(Runnable action) {
        WebElement html = driver().findElement(By.tagName("html"));
        action.run();
        waiting().until(d -> isGone(html));
        waitForPage();
    }

    /**
     * True once the old page's root element is gone. While Chromium swaps documents it may answer
     * "Node with given id does not belong to the document" instead of a stale-element error: that
     * also means the old page is gone.
     */
    private static boolean isGone(WebElement oldRoot) {
        try {
            oldRoot.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("does not belong to the document") || message.contains("No node with given id")) {
                return true;
            }
            throw e;
        }
    }

    /** Runs an action that sends one PrimeFaces Ajax request and waits until its response is applied. */
    protected static void guardAjax(Runnable action) {
        driver().executeScript("window.__itAjaxDone = false;"
                + "jQuery(document).one('pfAjaxComplete', function() { window.__itAjaxDone = true; });");
        action.run();
        waiting().until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return window.__itAjaxDone === true && PrimeFaces.ajax.Queue.isEmpty();"));
    }

    // ---- elements

    protected static WebElement byId(String id) {
        return waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    protected static WebElement visible(String id) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    protected static String textOf(String id) {
        return byId(id).getText().strip();
    }

    protected static void type(String id, String value) {
        WebElement input = visible(id);
        input.clear();
        input.sendKeys(value);
    }

    /** The texts of the links inside an element, e.g. the side menu's entries. */
    protected static List<String> linkTexts(String id) {
        return byId(id).findElements(By.tagName("a")).stream().map(a -> a.getText().strip()).toList();
    }

    /** The summaries shown by a {@code p:messages} component. */
    protected static List<String> messages(String id) {
        return byId(id).findElements(By.cssSelector("[class$='-summary']")).stream()
                .map(s -> s.getText().strip()).toList();
    }

    /** Picks an option of a PrimeFaces selectOneMenu the way a user does: open the panel, click the label. */
    protected static void selectOneMenu(String id, String value) {
        WebElement select = byId(id + "_input");
        String label = select.findElement(By.cssSelector("option[value='" + value + "']")).getAttribute("textContent");
        waitForAnimations();
        visible(id).findElement(By.cssSelector(".ui-selectonemenu-trigger")).click();
        WebElement panel = visible(id + "_panel");
        waitForAnimations();
        WebElement item = panel.findElements(By.cssSelector("li.ui-selectonemenu-item")).stream()
                .filter(li -> label.equals(li.getAttribute("data-label")))
                .findFirst().orElseThrow(() -> new AssertionError("no item " + label + " in " + id));
        item.click();
        waiting().withMessage(() -> id + " should have " + value + " selected")
                .until(d -> value.equals(select.getAttribute("value")) && !panel.isDisplayed());
        waitForAnimations();
    }

    /** PrimeFaces overlays (menus, panels) open and close with CSS transitions; a click during one can miss. */
    protected static void waitForAnimations() {
        waiting().until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || PrimeFaces.animationActive !== true;"));
    }

    // ---- logging in

    /** Logs a demo account in through the login page. */
    protected void logIn(String login) {
        logIn(login, DEMO_PASSWORD);
    }

    protected void logIn(String login, String password) {
        open("login.xhtml");
        submitLogin(login, password);
    }

    /** Fills in and submits the login form of the page on screen. */
    protected static void submitLogin(String login, String password) {
        type("login:name", login);
        type("login:password", password);
        guardHttp(() -> byId("login:submit").click());
    }

    protected static void logOut() {
        guardHttp(() -> byId("logoutForm:logout").click());
    }

    // ---- evidence

    /** Saves a screenshot of the page on screen as {@code target/screenshots/<name>.png}. */
    protected static Path capture(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path png = SCREENSHOTS.resolve(name.replaceAll("[^A-Za-z0-9._-]+", "_") + ".png");
            Files.write(png, driver().getScreenshotAs(OutputType.BYTES));
            return png;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens the class's browser once the deployment is in place (registered after Arquillian's
     * extension, so it runs after it), closes it after the class, and leaves a screenshot and the
     * page source of a failing test's page in {@code target/screenshots}.
     */
    static final class BrowserPerClass implements BeforeAllCallback, AfterAllCallback, TestWatcher {
        @Override
        public void beforeAll(ExtensionContext context) {
            if (!chromiumInstalled()) {
                return;
            }
            BrowserLanguage language = context.getRequiredTestClass().getAnnotation(BrowserLanguage.class);
            String tag = language == null ? "en" : language.value();
            texts = Texts.of(Locale.forLanguageTag(tag));
            chrome = Chrome.start(tag);
        }

        @Override
        public void afterAll(ExtensionContext context) {
            if (chrome != null) {
                chrome.close();
                chrome = null;
            }
        }

        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (chrome == null) {
                return;
            }
            String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getDisplayName() + "-FAILED";
            try {
                Path png = capture(name);
                Files.writeString(Path.of(png.toString().replaceAll("\\.png$", ".html")),
                        driver().getCurrentUrl() + "\n" + driver().getPageSource(), StandardCharsets.UTF_8);
            } catch (RuntimeException | IOException e) {
                System.err.println("no screenshot of " + name + ": " + e);
            }
        }
    }

    /**
     * A headless Chromium with its own fresh profile, asking for pages in {@code language}. The
     * binary and the driver are given explicitly so that Selenium Manager never looks for (or
     * downloads) anything.
     */
    public record Chrome(ChromeDriver driver, Path profile) implements AutoCloseable {
        public static Chrome start(String language) {
            requireChromium();
            try {
                Path profile = Files.createTempDirectory("onestop-chrome");
                ChromeOptions options = new ChromeOptions();
                options.setBinary(CHROMIUM.toFile());
                options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--disable-extensions",
                        "--password-store=basic", "--window-size=1366,900",
                        "--user-data-dir=" + profile, "--lang=" + language);
                options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
                ChromeDriverService service = new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER.toFile())
                        .usingAnyFreePort()
                        .build();
                service.sendOutputTo(OutputStream.nullOutputStream());
                return new Chrome(new ChromeDriver(service, options), profile);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                driver.quit();
            } catch (WebDriverException e) {
                System.err.println("chromium did not quit cleanly: " + e);
            }
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException | UncheckedIOException e) {
                System.err.println("could not delete " + profile + ": " + e);
            }
        }
    }
}
