package onestop.catalog;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import onestop.catalog.CatalogViews.VersionView;
import onestop.testing.AsCenterAdmin;
import onestop.testing.AsClerk;
import onestop.testing.AsSecondAdmin;
import onestop.testing.TestDeployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
class CatalogServiceIT {

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.ejbModule("catalog-it").addClasses(CatalogServiceIT.class, CatalogFixtures.class);
    }

    @EJB
    private CatalogService service;

    @EJB
    private ItemCatalog catalog;

    @EJB
    private AsCenterAdmin author;

    @EJB
    private AsSecondAdmin reviewer;

    @EJB
    private AsClerk clerk;

    private static String newCode() {
        return "IT-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    }

    private String published(String name) {
        String code = newCode();
        author.call(() -> service.create(code, CatalogFixtures.foodLicense(name), null));
        author.call(() -> service.submit(code));
        reviewer.call(() -> service.approve(code, null));
        return code;
    }

    @Test
    @DisplayName("nobody publishes their own draft; another administrator's approval makes it version 1, in effect today")
    void reviewRule() {
        String code = newCode();
        author.call(() -> service.create(code, CatalogFixtures.foodLicense("食品經營許可"), null));
        author.call(() -> service.submit(code));

        CatalogException own = assertThrows(CatalogException.class, () -> author.call(() -> service.approve(code, null)));
        VersionView v1 = reviewer.call(() -> service.approve(code, null));

        assertEquals("catalog.ownDraft", own.key());
        assertEquals(1, v1.number());
        assertEquals(LocalDate.now(), v1.effectiveDate());
        assertEquals("食品經營許可", catalog.guide(code).current().content().name());
    }

    @Test
    @DisplayName("a published version never changes: a revision is version 2 and version 1 stays as it was")
    void publishedIsImmutable() {
        String code = published("舊名稱");

        assertThrows(CatalogException.class, () -> author.call(() -> service.saveDraft(code,
                CatalogFixtures.foodLicense("偷改"), null, 0)));
        VersionView draft = author.call(() -> service.startDraft(code));
        author.call(() -> service.saveDraft(code, CatalogFixtures.renamed(draft.content(), "新名稱"), "依某某文件調整",
                draft.lockVersion()));
        author.call(() -> service.submit(code));
        reviewer.call(() -> service.approve(code, null));

        List<VersionView> history = catalog.history(code);
        assertEquals(List.of(2, 1), history.stream().map(VersionView::number).toList());
        assertEquals("新名稱", history.get(0).content().name());
        assertEquals("舊名稱", history.get(1).content().name());
        assertEquals("新名稱", catalog.guide(code).current().content().name());
        assertEquals(List.of("name"), catalog.changesIn(code, 2).stream().map(CatalogViews.FieldChange::field).toList());
    }

    @Test
    @DisplayName("a version approved with a future effective date does not replace the current one before that date")
    void futureEffectiveDate() {
        String code = published("現行版");
        VersionView draft = author.call(() -> service.startDraft(code));
        author.call(() -> service.saveDraft(code, CatalogFixtures.renamed(draft.content(), "明年版"), null, draft.lockVersion()));
        author.call(() -> service.submit(code));

        reviewer.call(() -> service.approve(code, LocalDate.now().plusYears(1)));

        assertEquals("現行版", catalog.guide(code).current().content().name());
        assertEquals("現行版", catalog.versionForNewCase(code, LocalDate.now()).content().name());
        assertEquals("明年版", catalog.versionForNewCase(code, LocalDate.now().plusYears(1)).content().name());
    }

    @Test
    @DisplayName("a cancelled item accepts no new case from the effective date, but still the day before")
    void cancellationBlocksNewUse() {
        String code = published("將取消的事項");
        LocalDate from = LocalDate.now().plusDays(3);

        author.call(() -> { service.cancelItem(code, "國發〔2026〕1號", from); return null; });

        assertEquals(1, catalog.versionForNewCase(code, from.minusDays(1)).number());
        CatalogException e = assertThrows(CatalogException.class, () -> catalog.versionForNewCase(code, from));
        assertEquals("catalog.itemCancelled", e.key());
    }

    @Test
    @DisplayName("a cancelled fee item is never charged from its effective date, whatever the version")
    void feeCancellation() {
        String code = published("收費事項");

        author.call(() -> { service.cancelFee(code, "F01", "財稅〔2026〕2號", LocalDate.now()); return null; });

        assertTrue(catalog.chargeableFees(code, 1, LocalDate.now()).isEmpty());
        assertEquals(1, catalog.chargeableFees(code, 1, LocalDate.now().minusDays(1)).size());
        assertTrue(catalog.guide(code).feeCancelled("F01"));
    }

    @Test
    @DisplayName("invalid content is refused with every problem, and a duplicate code with its own reason")
    void invalidContent() {
        String code = published("已存在");

        CatalogException duplicate = assertThrows(CatalogException.class,
                () -> author.call(() -> service.create(code, CatalogFixtures.foodLicense("x"), null)));
        CatalogException invalid = assertThrows(CatalogException.class, () -> author.call(() -> service.create(newCode(),
                CatalogFixtures.withPromised(CatalogFixtures.foodLicense("x"), 5, 8), null)));

        assertEquals("catalog.codeTaken", duplicate.key());
        assertTrue(invalid.problems().stream().anyMatch(p -> p.key().equals("catalog.promisedExceedsStatutory")));
    }

    @Test
    @DisplayName("a window clerk may read the published catalog but not change it")
    void clerkCannotEdit() {
        String code = published("公開事項");

        assertThrows(EJBAccessException.class, () -> clerk.call(() -> service.startDraft(code)));
        assertEquals("公開事項", clerk.call(() -> catalog.guide(code)).current().content().name());
        assertNull(catalog.guide(code).cancellation());
    }
}
