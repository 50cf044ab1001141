package onestop.indexing;

import jakarta.ejb.EJB;
import onestop.casework.CaseEnums.ApplicantKind;
import onestop.casework.CaseEnums.Decision;
import onestop.casework.CaseEnums.ReceivedForm;
import onestop.casework.CaseException;
import onestop.casework.CaseQueries;
import onestop.casework.CaseService;
import onestop.casework.CaseViews.CaseView;
import onestop.casework.CaseViews.DecisionForm;
import onestop.casework.CaseViews.IntakeForm;
import onestop.casework.CaseViews.MaterialReceipt;
import onestop.common.IdentityNumbers;
import onestop.catalog.ItemCatalog;
import onestop.common.CenterTime;
import onestop.documents.pdf.PdfDocumentBuilder;
import onestop.documents.pdf.PdfMetadata;
import onestop.search.text.ChineseFold;
import onestop.seal.LicenseRequest;
import onestop.seal.LicenseService;
import onestop.testing.AsCenterAdmin;
import onestop.testing.AsScjChief;
import onestop.testing.AsScjClerk;
import onestop.testing.AsSupervisor;
import onestop.testing.AsSwjClerk;
import onestop.testing.AsZjjClerk;
import onestop.testing.RoleCaller;
import onestop.testing.TestDeployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cases and their documents from the window to the search: what archivists and window staff find,
 * exact identifiers, Traditional and Simplified, the text of an uploaded PDF, scoping by department,
 * re-indexing on a status change, and a full rebuild. Every case has an applicant of its own (a
 * made-up name and a fresh credit code), so other tests' cases on the same server never interfere.
 */
@ExtendWith(ArquillianExtension.class)
class CaseSearchIT {
    private static final Duration INDEXED = Duration.ofSeconds(30);
    /** 市場監管局, promised 5 working days, steps CLERK 0 / CLERK 1 / CHIEF 3 / CHIEF 1, no fees. */
    private static final String PROMISED_ITEM = "SCJ-XK-004";
    /** 市場監管局, joint with 稅務局 (SWJ) and 公安局 (GAJ). */
    private static final String JOINT_ITEM = "SCJ-XK-001";
    private static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.ejbModule("case-search-it")
                .addClasses(CaseSearchIT.class, Await.class, RareWords.class, AsArchivist.class);
    }

    @EJB private CaseService cases;
    @EJB private CaseQueries queries;
    @EJB private ItemCatalog catalog;
    @EJB private SearchService search;
    @EJB private LicenseService licenses;
    @EJB private IndexingService indexing;
    @EJB private AsScjClerk clerk;
    @EJB private AsScjChief chief;
    @EJB private AsZjjClerk zjjClerk;
    @EJB private AsSwjClerk swjClerk;
    @EJB private AsSupervisor supervisor;
    @EJB private AsArchivist archivist;
    @EJB private AsCenterAdmin admin;

    /** A company that applied once: its made-up name and a credit code with a valid check character. */
    private record Company(String name, String creditCode) {
        static Company fresh() {
            return new Company("大慶市" + RareWords.traditional() + "有限公司", newCreditCode());
        }

        private static String newCreditCode() {
            ThreadLocalRandom r = ThreadLocalRandom.current();
            StringBuilder first = new StringBuilder("91");
            while (first.length() < 17) {
                first.append(CREDIT_ALPHABET.charAt(r.nextInt(CREDIT_ALPHABET.length())));
            }
            return CREDIT_ALPHABET.chars().mapToObj(c -> first.toString() + (char) c)
                    .filter(IdentityNumbers::isCreditCode).findFirst().orElseThrow();
        }
    }

    private CaseView registered(String item, Company company) {
        int n = catalog.versionForNewCase(item, CenterTime.today()).content().materials().size();
        List<MaterialReceipt> all = IntStream.range(0, n)
                .mapToObj(i -> new MaterialReceipt(i, true, ReceivedForm.ORIGINAL, 1, null)).toList();
        return clerk.call(() -> cases.register(new IntakeForm(item, ApplicantKind.ENTITY, company.name(),
                company.creditCode(), "0459-6123456", "張曉明", all)));
    }

    private CaseView accepted(String item, Company company) {
        CaseView c = registered(item, company);
        return clerk.call(() -> cases.accept(c.number(), c.version()));
    }

    private SearchPage find(RoleCaller as, SearchRequest request) {
        return as.call(() -> search.search(request));
    }

    private SearchPage archive(String text) {
        return find(archivist, SearchRequest.text(text));
    }

    private SearchPage archiveCases(String text) {
        return find(archivist, SearchRequest.text(text).withScope("cases"));
    }

    private SearchPage awaitCases(String text, int total, String what) {
        return Await.until(() -> archiveCases(text), p -> p.total() == total, INDEXED, what);
    }

    private static SearchPage.Hit only(SearchPage page) {
        assertEquals(1, page.hits().size(), () -> "one hit expected: " + page.hits());
        return page.hits().get(0);
    }

    private static byte[] pdf(String title, String... paragraphs) {
        PdfMetadata info = new PdfMetadata(title, "消防救援大隊", title, "zh-Hant", ZonedDateTime.now(), title, "{page}");
        try (PdfDocumentBuilder pdf = PdfDocumentBuilder.create(info)) {
            pdf.title(title);
            for (String p : paragraphs) {
                pdf.paragraph(p);
            }
            return pdf.toBytes();
        }
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    @Test
    @DisplayName("an accepted case is found by its number, its applicant's name (in Simplified too) and its credit code exactly; a partial code finds nothing")
    void foundByNumberApplicantAndCode() {
        Company company = Company.fresh();
        CaseView c = accepted(PROMISED_ITEM, company);

        SearchPage byNumber = awaitCases(c.number(), 1, "the case indexed");
        SearchPage.Hit hit = only(byNumber);
        String simplified = ChineseFold.fold(company.name());

        assertEquals(c.number(), hit.number());
        assertEquals(c.number(), hit.caseFile().number());
        assertEquals("IN_REVIEW", hit.caseFile().status());
        assertNull(hit.document());
        assertEquals(c.number(), only(archiveCases("applicant:" + simplified)).number());
        assertTrue(only(archiveCases(simplified)).caseFile().applicantHtml().contains("<mark>" + company.name() + "</mark>"),
                "the Traditional name is marked for the Simplified query");
        assertEquals(c.number(), only(archiveCases(company.creditCode())).number());
        assertEquals(c.number(), only(archiveCases("applicant:" + company.creditCode().toLowerCase())).number());
        assertEquals(0, archive(company.creditCode().substring(0, 12)).total(), "a partial credit code matches nothing");
        assertTrue(archive(c.number()).hits().stream().anyMatch(h -> h.document() != null
                && "ACCEPTANCE_NOTICE".equals(h.document().kind())), "the acceptance notice is found with its case");
    }

    @Test
    @DisplayName("a phrase in an uploaded PDF finds the document of the case, and the hit says which document and which case")
    void phraseInUploadedPdf() throws IOException {
        Company company = Company.fresh();
        String word = RareWords.traditional();
        CaseView c = accepted(PROMISED_ITEM, company);
        byte[] opinion = pdf("消防安全檢查意見書", "經現場檢查，" + word + "大樓北側樓梯間堆放雜物，疏散通道不暢，應於五日內清理。",
                "其餘消防設施符合要求。");
        clerk.call(() -> cases.attach(c.number(), 0, "消防檢查意見書.pdf", opinion));
        clerk.call(() -> cases.attach(c.number(), 1, "營業場所照片" + word + ".png", png()));

        SearchPage found = Await.until(() -> archive(ChineseFold.fold(word) + "大楼北侧楼梯"), p -> p.total() == 1, INDEXED,
                "the PDF's text indexed");
        SearchPage.Hit hit = only(found);

        assertEquals("document", hit.type());
        assertEquals("消防檢查意見書.pdf", hit.document().name());
        assertEquals("SCAN", hit.document().kind());
        assertEquals(c.number(), hit.caseFile().number());
        assertTrue(hit.snippets().stream().anyMatch(s -> s.contains("<mark>" + word + "大樓北側樓梯</mark>")), hit.snippets().toString());
        assertEquals(1, archive("applicant:" + company.name() + " 北側樓梯 消防").total(), "case fields and document text together");
        SearchRequest images = SearchRequest.text("營業場所照片" + word).withStatuses(Set.of("TEXT_IMAGE"));
        SearchPage.Hit image = only(Await.until(() -> find(archivist, images), p -> p.total() == 1, INDEXED,
                "the image indexed by its metadata"));
        assertEquals("SCAN", image.document().kind());
    }

    @Test
    @DisplayName("a clerk of another department finds nothing of a case they cannot open; the public never finds cases")
    void otherDepartmentFindsNothing() {
        Company company = Company.fresh();
        CaseView c = accepted(PROMISED_ITEM, company);
        Await.until(() -> archive(company.name()), p -> p.total() >= 2, INDEXED, "the case and its notice indexed");

        assertThrows(CaseException.class, () -> zjjClerk.call(() -> queries.find(c.number())), "the case is unknown to them");
        assertEquals(0, find(zjjClerk, SearchRequest.text(company.name())).total());
        assertEquals(0, find(zjjClerk, SearchRequest.text(c.number())).total());
        assertEquals(0, find(zjjClerk, SearchRequest.text(company.creditCode()).withScope("cases")).total());
        assertEquals(0, search.searchPublic(SearchRequest.text(c.number()).withScope("cases")).total());
        assertEquals(0, search.searchPublic(SearchRequest.text(company.name())).total());
        assertTrue(find(clerk, SearchRequest.text(company.name())).total() >= 2, "its own department finds it");
        assertTrue(find(supervisor, SearchRequest.text(company.name())).total() >= 2, "supervision finds it");
    }

    @Test
    @DisplayName("a co-department of a joint case finds it and its documents once the case is accepted, not before")
    void jointDepartmentAfterAcceptance() {
        Company company = Company.fresh();
        CaseView c = registered(JOINT_ITEM, company);
        clerk.call(() -> cases.attach(c.number(), 0, "章程.png", png()));
        Await.until(() -> archive(company.name()), p -> p.total() == 2, INDEXED, "the case and its scan indexed");
        assertEquals(0, find(swjClerk, SearchRequest.text(company.name())).total(), "not the co-department's case yet");

        CaseView accepted = clerk.call(() -> cases.accept(c.number(), null));

        SearchPage swj = Await.until(() -> find(swjClerk, SearchRequest.text(company.name())), p -> p.total() == 3, INDEXED,
                "the case, its scan and its acceptance notice for the co-department");
        assertEquals(Set.of("case", "document"), Set.copyOf(swj.hits().stream().map(SearchPage.Hit::type).toList()));
        assertEquals(accepted.number(), swj.hits().get(0).caseFile().number());
        assertEquals(0, find(zjjClerk, SearchRequest.text(company.name())).total());
    }

    @Test
    @DisplayName("a decision re-indexes the case: its new status and the decision's words find it, the old status no longer does")
    void statusChangeReindexes() {
        Company company = Company.fresh();
        String word = RareWords.traditional();
        CaseView c = accepted(PROMISED_ITEM, company);
        SearchRequest inReview = SearchRequest.text(company.name()).withScope("cases").withStatuses(Set.of("IN_REVIEW"));
        Await.until(() -> find(archivist, inReview), p -> p.total() == 1, INDEXED, "indexed in review");
        clerk.call(() -> cases.completeStep(c.number(), null, null));
        chief.call(() -> cases.completeStep(c.number(), null, null));

        chief.call(() -> cases.decide(c.number(), null, new DecisionForm(Decision.DENIED, "經營場所" + word + "不符合要求",
                "《食品經營許可和備案管理辦法》第十二條", "可於六十日內申請行政復議", null, null)));

        SearchRequest ready = SearchRequest.text(company.name()).withScope("cases").withStatuses(Set.of("READY_TO_ISSUE"));
        SearchPage decided = Await.until(() -> find(archivist, ready), p -> p.total() == 1, INDEXED, "re-indexed as decided");
        assertEquals("READY_TO_ISSUE", only(decided).caseFile().status());
        assertEquals(0, find(archivist, inReview).total());
        assertEquals(c.number(), only(archiveCases("不予行政许可 " + ChineseFold.fold(word))).number());
        assertEquals(c.number(), only(archiveCases(company.name() + " DENIED")).number());
        Await.until(() -> archive(word), p -> p.hits().stream().anyMatch(h -> h.document() != null
                && "DECISION".equals(h.document().kind())), INDEXED, "the decision letter indexed with its reason");
    }

    @Test
    @DisplayName("a license issued for a case is found by its text as a document of that case, by its department and not by another")
    void licenseOfCase() {
        Company company = Company.fresh();
        String word = RareWords.traditional();
        CaseView c = accepted(PROMISED_ITEM, company);
        LocalDate today = CenterTime.today();

        chief.call(() -> licenses.issue(new LicenseRequest("SCJ", PROMISED_ITEM, c.number(), company.name(),
                company.creditCode(), "預包裝食品銷售（含冷藏冷凍食品）" + word, today, today.plusYears(5), "食品經營許可證")));

        SearchPage.Hit hit = only(Await.until(() -> archive(word), p -> p.total() == 1, INDEXED, "the license indexed"));
        assertEquals("LICENSE", hit.document().kind());
        assertNull(hit.document().id(), "a license is handed out by its department, not downloaded from the search");
        assertEquals(c.number(), hit.caseFile().number());
        assertTrue(hit.title().startsWith("證照 SCJ-"), hit.title());
        assertEquals(1, find(clerk, SearchRequest.text(word)).total());
        assertEquals(0, find(zjjClerk, SearchRequest.text(word)).total());
    }

    @Test
    @DisplayName("a full rebuild from the database puts cases and their documents back into the index")
    void rebuildIncludesCases() {
        Company company = Company.fresh();
        CaseView c = accepted(PROMISED_ITEM, company);
        Await.until(() -> archive(company.name()), p -> p.total() == 2, INDEXED, "the case and its notice indexed");
        Await.until(() -> indexing.status(), s -> s.rebuild() == null || !s.rebuild().running(), Duration.ofSeconds(90),   // RebuildLog.STALE + 30 s
                "no rebuild running");

        long id = admin.call(() -> indexing.requestRebuild());
        IndexStatus status = Await.until(() -> indexing.status(),
                s -> s.rebuild() != null && s.rebuild().id() == id && !s.rebuild().running(), Duration.ofSeconds(120),
                "the rebuild done");

        assertEquals("DONE", status.rebuild().outcome(), status.rebuild().detail());
        SearchPage after = archive(company.name());
        assertEquals(2, after.total(), after.hits().toString());
        assertEquals(Set.of("case", "document"), Set.copyOf(after.hits().stream().map(SearchPage.Hit::type).toList()));
        assertEquals(c.number(), only(archiveCases(company.creditCode())).number());
    }
}
