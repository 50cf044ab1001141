package onestop.web.cases;

import onestop.casework.CaseAction;
import onestop.casework.CaseEnums;
import onestop.casework.CaseStatus;
import onestop.casework.CaseViews.Urgency;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The casework screens' bundle says everything in all three languages. */
class CasesBundleTest {
    private static final Path RESOURCES = Path.of("src/main/resources/onestop/web");
    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Pattern USED = Pattern.compile("cases\\['([A-Za-z.]+)'\\]");

    private static Set<String> keys(String file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(RESOURCES.resolve(file), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    @Test
    @DisplayName("zh-Hant and zh-Hans have exactly the keys of the English base bundle")
    void sameKeysInEveryLanguage() throws IOException {
        Set<String> english = keys("cases.properties");
        assertEquals(english, keys("cases_zh_TW.properties"));
        assertEquals(english, keys("cases_zh_CN.properties"));
    }

    @Test
    @DisplayName("every cases['…'] key the pages use exists")
    void everyUsedKeyExists() throws IOException {
        Set<String> english = keys("cases.properties");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            for (Path page : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                Matcher m = USED.matcher(Files.readString(page, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!english.contains(m.group(1))) {
                        missing.add(page.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), () -> "missing: " + missing);
    }

    @Test
    @DisplayName("every status, urgency, action, decision, opinion, suspension kind, document kind, applicant kind and received form has a label")
    void everyCodeHasALabel() throws IOException {
        Set<String> english = keys("cases.properties");
        Map<String, List<? extends Enum<?>>> codes = Map.of(
                "status.", List.of(CaseStatus.values()),
                "urgency.", List.of(Urgency.values()),
                "action.", List.of(CaseAction.values()),
                "decision.", List.of(CaseEnums.Decision.values()),
                "opinion.", List.of(CaseEnums.Opinion.values()),
                "suspension.", List.of(CaseEnums.SuspensionKind.values()),
                "document.", List.of(CaseEnums.DocumentKind.values()),
                "applicant.", List.of(CaseEnums.ApplicantKind.values()),
                "received.", List.of(CaseEnums.ReceivedForm.values()));
        Set<String> missing = new TreeSet<>();
        codes.forEach((prefix, values) -> values.stream().map(v -> prefix + v.name())
                .filter(k -> !english.contains(k)).forEach(missing::add));
        assertTrue(missing.isEmpty(), () -> "missing: " + missing);
    }
}
