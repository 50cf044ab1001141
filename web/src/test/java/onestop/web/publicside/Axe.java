package onestop.web.publicside;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs axe-core (fetched from npm by the build into {@code target/axe}, path in {@code it.axe})
 * in the page on screen against WCAG 2.0/2.1 A and AA, and fails on any serious or critical
 * violation, naming the rule, its help text and the elements.
 */
final class Axe {
    private static String source;

    private Axe() {
    }

    private static String source() {
        if (source == null) {
            Path file = Path.of(System.getProperty("it.axe", "target/axe/package/axe.min.js"));
            if (!Files.isRegularFile(file)) {
                fail(file + " is missing: the build fetches axe-core with npm at pre-integration-test (run through Maven)");
            }
            try {
                source = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }

    /** The serious and critical WCAG A/AA violations of the page on screen, one line each. */
    @SuppressWarnings("unchecked")
    static List<String> violations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        js.executeScript(source());
        Object result = js.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                        + ".then(function (r) { done(r.violations.filter(function (v) {"
                        + "  return v.impact === 'serious' || v.impact === 'critical'; }).map(function (v) {"
                        + "  return v.id + ' (' + v.impact + '): ' + v.help + ' — ' + v.nodes.map(function (n) {"
                        + "    return n.target.join(' '); }).join(', '); })); })"
                        + ".catch(function (e) { done(['axe failed: ' + e]); });");
        return (List<String>) result;
    }

    static void assertNoSeriousViolations(WebDriver driver, String page) {
        List<String> found = violations(driver);
        assertEquals(List.of(), found, page + ": " + String.join("\n", found));
    }
}
