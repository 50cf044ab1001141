package onestop.catalog;

import jakarta.ejb.EJB;
import onestop.catalog.imports.CatalogCsv;
import onestop.catalog.imports.ImportException;
import onestop.catalog.imports.ImportProblem;
import onestop.testing.AsCenterAdmin;
import onestop.testing.AsSecondAdmin;
import onestop.testing.TestDeployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
class CatalogImportIT {

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.ejbModule("catalog-import-it").addClasses(CatalogImportIT.class, CatalogFixtures.class);
    }

    @EJB
    private CatalogImportService imports;

    @EJB
    private ItemCatalog catalog;

    @EJB
    private AsCenterAdmin importer;

    @EJB
    private AsSecondAdmin reviewer;

    private static String prefix() {
        return "IMP" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    }

    private static byte[] file(String prefix, int count) {
        List<CatalogCsv.Entry> entries = new java.util.ArrayList<>();
        for (int i = 1; i <= count; i++) {
            entries.add(new CatalogCsv.Entry(prefix + "-" + i, CatalogFixtures.foodLicense("匯入事項 " + prefix + " 之 " + i)));
        }
        return CatalogCsv.write(entries);
    }

    @Test
    @DisplayName("a dry run reports counts and imports nothing")
    void dryRunImportsNothing() {
        String prefix = prefix();

        ImportReport report = importer.call(() -> imports.dryRun(file(prefix, 3)));

        assertTrue(report.clean());
        assertEquals(3, report.created());
        assertNull(report.batch());
        assertThrows(CatalogException.class, () -> catalog.guide(prefix + "-1"));
    }

    @Test
    @DisplayName("a clean file goes to review as one batch; another administrator publishes it; the same file again changes nothing")
    void importReviewAndIdempotence() {
        String prefix = prefix();
        byte[] file = file(prefix, 3);

        ImportReport first = importer.call(() -> imports.submit(file));
        CatalogException own = assertThrows(CatalogException.class,
                () -> importer.call(() -> imports.approveBatch(first.batch(), null)));
        int published = reviewer.call(() -> imports.approveBatch(first.batch(), null));
        ImportReport second = importer.call(() -> imports.submit(file));

        assertEquals("catalog.ownDraft", own.key());
        assertEquals(3, published);
        assertEquals("匯入事項 " + prefix + " 之 2", catalog.guide(prefix + "-2").current().content().name());
        assertEquals(3, second.unchanged());
        assertEquals(0, second.created() + second.changed());
        assertNull(second.batch());
        assertEquals(1, catalog.history(prefix + "-2").size());
    }

    @Test
    @DisplayName("a file with bad rows reports row, column and reason for each, and imports none of its rows")
    void errorsImportNothing() {
        String prefix = prefix();
        String csv = new String(file(prefix, 2), StandardCharsets.UTF_8)
                .replaceFirst(",20,10,", ",5,10,");

        ImportReport report = importer.call(() -> imports.submit(csv.getBytes(StandardCharsets.UTF_8)));

        assertTrue(report.problems().contains(new ImportProblem(2, "promised_days", "catalog.promisedExceedsStatutory",
                List.of(10, 5))), report.problems().toString());
        assertNull(report.batch());
        assertThrows(CatalogException.class, () -> catalog.guide(prefix + "-2"));
    }

    @Test
    @DisplayName("a file that is not a spreadsheet, or has an unknown column, is refused as a whole")
    void notASpreadsheet() {
        byte[] garbage = new byte[200_000];
        new Random(1).nextBytes(garbage);
        byte[] fakeZip = garbage.clone();
        fakeZip[0] = 'P';
        fakeZip[1] = 'K';
        fakeZip[2] = 3;
        fakeZip[3] = 4;
        byte[] unknownColumn = "code,name,colour\nX-1,a,red\n".getBytes(StandardCharsets.UTF_8);

        assertEquals("import.notSpreadsheet",
                assertThrows(ImportException.class, () -> importer.call(() -> imports.dryRun(garbage))).key());
        assertEquals("import.notSpreadsheet",
                assertThrows(ImportException.class, () -> importer.call(() -> imports.dryRun(fakeZip))).key());
        assertEquals("import.unknownColumn",
                assertThrows(ImportException.class, () -> importer.call(() -> imports.dryRun(unknownColumn))).key());
    }
}
