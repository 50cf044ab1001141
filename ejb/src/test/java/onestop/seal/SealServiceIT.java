package onestop.seal;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import onestop.audit.AuditRecord;
import onestop.audit.AuditService;
import onestop.center.CenterService;
import onestop.center.CenterViews.DepartmentForm;
import onestop.common.Text;
import onestop.documents.DataDirectory;
import onestop.documents.DocumentStore;
import onestop.documents.pdf.PdfDocumentBuilder;
import onestop.documents.pdf.PdfMetadata;
import onestop.security.AccountForm;
import onestop.security.AccountService;
import onestop.security.Role;
import onestop.seal.SealViews.LicenseRecord;
import onestop.seal.SealViews.LicenseView;
import onestop.seal.SealViews.SealForm;
import onestop.seal.SealViews.SealUseView;
import onestop.seal.SealViews.SealView;
import onestop.seal.SealViews.Verification;
import onestop.testing.AsAuditor;
import onestop.testing.AsCenterAdmin;
import onestop.testing.AsClerk;
import onestop.testing.TestDeployments;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seal services on a real server: keys, who may apply a seal, the usage log, licenses and verification. */
@ExtendWith(ArquillianExtension.class)
class SealServiceIT {
    static final String DEPARTMENT = "ITSEAL";
    static final String DEPARTMENT2 = "ITSEAL2";
    static final String CHIEF = "it-seal-chief";
    static final String CLERK = "it-seal-clerk";
    static final String OUTSIDER = "it-seal-outsider";
    static final String CHIEF2 = "it-seal-chief2";
    private static final String PASSWORD = "seal-test-password-1";

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.ejbModule("seal-it").addClasses(SealServiceIT.class, AsSealChief.class,
                AsSealClerk.class, AsSealOutsider.class, AsOtherChief.class, Tampering.class, Tampering.Change.class);
    }

    @EJB
    private SealService seals;
    @EJB
    private SealAdminService sealAdmin;
    @EJB
    private LicenseService licenses;
    @EJB
    private VerificationService verification;
    @EJB
    private DocumentStore documents;
    @EJB
    private AuditService audit;
    @EJB
    private CenterService center;
    @EJB
    private AccountService accounts;
    @EJB
    private AsCenterAdmin admin;
    @EJB
    private AsAuditor auditor;
    @EJB
    private AsClerk anyClerk;
    @EJB
    private AsSealChief chief;
    @EJB
    private AsSealClerk clerk;
    @EJB
    private AsSealOutsider outsider;
    @EJB
    private AsOtherChief chief2;

    @BeforeEach
    void departmentsPeopleAndSeals() {
        admin.run(() -> {
            for (String code : List.of(DEPARTMENT, DEPARTMENT2)) {
                if (center.departments().stream().noneMatch(d -> d.code().equals(code))) {
                    center.createDepartment(new DepartmentForm(code, new Text("測試" + code + "局", "测试" + code + "局",
                            "Test bureau " + code), "LEGAL_ENTITY", null, true, 0));
                }
            }
            List<String> existing = accounts.list().stream().map(a -> a.loginName()).toList();
            for (String[] a : new String[][] {{CHIEF, "CHIEF_REPRESENTATIVE", DEPARTMENT}, {CLERK, "CLERK", DEPARTMENT},
                    {OUTSIDER, "CLERK", DEPARTMENT}, {CHIEF2, "CHIEF_REPRESENTATIVE", DEPARTMENT2}}) {
                if (!existing.contains(a[0])) {
                    accounts.create(new AccountForm(a[0], "測試 " + a[0], Role.valueOf(a[1]), a[2], null, true, PASSWORD, 0));
                }
            }
            for (String code : List.of(DEPARTMENT, DEPARTMENT2)) {
                if (!seals.hasActiveSeal(code)) {
                    sealAdmin.create(new SealForm(code, "測試" + code + "局行政許可專用章", SealAlgorithm.ECDSA_P256,
                            LocalDate.now(), LocalDate.now().plusYears(2), null));
                }
            }
        });
    }

    private SealRequest request(String department, String caseNumber) {
        PdfDocumentBuilder builder = PdfDocumentBuilder.create(PdfMetadata.of("受理通知書", department, null, null))
                .title("受理通知書").keyValue("申請人", "王小明 " + caseNumber).sealBlock("測試" + department + "局", LocalDate.now());
        return new SealRequest(department, builder.toBytes(), builder.sealPlacement(), caseNumber, "ACCEPTANCE_NOTICE");
    }

    private static String caseNumber() {
        return "SL" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
    }

    private static LicenseRequest licenseRequest(String department, String caseNumber) {
        return new LicenseRequest(department, "SCJ-XK-004", caseNumber, "大慶建工集團有限公司", "91230600MA1B2C3D43",
                "房屋建築工程施工總承包二級", LocalDate.now(), LocalDate.now().plusYears(5), "建築業企業資質證書");
    }

    @Test
    @DisplayName("the chief representative seals a notice: the sealed file verifies, is stored, and its use is logged and audited")
    void chiefSeals() {
        String caseNumber = caseNumber();

        SealedDocument sealed = chief.call(() -> seals.seal(request(DEPARTMENT, caseNumber)));

        Verification result = verification.verify(sealed.pdf());
        assertTrue(result.valid(), result.reasons().toString());
        assertEquals(Verification.Status.VALID, result.status());
        assertEquals("測試" + DEPARTMENT + "局行政許可專用章", result.seal());
        assertEquals("ACCEPTANCE_NOTICE", result.documentKind());
        assertTrue(java.util.Arrays.equals(sealed.pdf(), documents.read(sealed.sha256())));
        SealUseView use = chief.call(() -> seals.uses(DEPARTMENT, 20)).stream()
                .filter(u -> u.id() == sealed.sealUseId()).findFirst().orElseThrow();
        assertEquals(CHIEF, use.usedBy());
        assertEquals(caseNumber, use.caseNumber());
        assertEquals("ACCEPTANCE_NOTICE", use.documentKind());
        assertEquals(sealed.sha256(), use.sha256());
        AuditRecord entry = auditor.call(() -> audit.latest(50)).stream()
                .filter(a -> a.action().equals("SEAL_USED") && a.objectId().equals(Long.toString(sealed.sealUseId())))
                .findFirst().orElseThrow();
        assertEquals(CHIEF, entry.actor());
        assertTrue(entry.details().contains(sealed.sha256()) && entry.details().contains(caseNumber), entry.details());
    }

    @Test
    @DisplayName("only the chief representative and the people they name may apply the seal; a removed person no longer may")
    void onlyAuthorisedPeople() {
        SealException outsiderRefused = assertThrows(SealException.class,
                () -> outsider.call(() -> seals.seal(request(DEPARTMENT, caseNumber()))));
        SealException otherChiefRefused = assertThrows(SealException.class,
                () -> chief2.call(() -> seals.seal(request(DEPARTMENT, caseNumber()))));
        assertThrows(EJBAccessException.class, () -> admin.call(() -> seals.seal(request(DEPARTMENT, caseNumber()))));
        assertThrows(SealException.class, () -> anyClerk.call(() -> seals.seal(request(DEPARTMENT, caseNumber()))));

        chief.call(() -> seals.nameUser(CLERK));
        SealedDocument byClerk = clerk.call(() -> seals.seal(request(DEPARTMENT, caseNumber())));
        chief.call(() -> seals.removeUser(CLERK));
        SealException afterRemoval = assertThrows(SealException.class,
                () -> clerk.call(() -> seals.seal(request(DEPARTMENT, caseNumber()))));

        assertEquals("seal.notAuthorised", outsiderRefused.key());
        assertEquals("seal.notAuthorised", otherChiefRefused.key());
        assertEquals("seal.notAuthorised", afterRemoval.key());
        assertTrue(verification.verify(byClerk.pdf()).valid());
        assertEquals(CLERK, chief.call(() -> seals.uses(DEPARTMENT, 10)).stream()
                .filter(u -> u.id() == byClerk.sealUseId()).findFirst().orElseThrow().usedBy());
    }

    @Test
    @DisplayName("a chief representative can name only staff of their own department")
    void namingStaysInTheDepartment() {
        SealException e = assertThrows(SealException.class, () -> chief2.call(() -> seals.nameUser(CLERK)));

        assertEquals("seal.userOtherDepartment", e.key());
    }

    @Test
    @DisplayName("an issued license: unique number, QR code to its public record, record without the ID number, verifies VALID, then REVOKED")
    void license() throws Exception {
        LicenseView first = chief.call(() -> licenses.issue(licenseRequest(DEPARTMENT, caseNumber())));
        LicenseView second = chief.call(() -> licenses.issue(licenseRequest(DEPARTMENT, caseNumber())));
        byte[] pdf = chief.call(() -> licenses.document(first.number()));

        assertTrue(first.number().matches(DEPARTMENT + "-XK\\d{4}-\\d{6}"), first.number());
        assertFalse(first.number().equals(second.number()));
        assertEquals(first.recordUrl(), decodeQr(pdf));
        assertTrue(first.recordUrl().endsWith("license.xhtml?number=" + first.number()), first.recordUrl());
        LicenseRecord record = licenses.publicRecord(first.number());
        assertEquals("大慶建工集團有限公司", record.holderName());
        assertEquals(License.Status.VALID, record.status());
        assertFalse(record.toString().contains("91230600MA1B2C3D43"), "no identifier in the public record");
        Verification valid = verification.verify(pdf);
        assertTrue(valid.valid(), valid.reasons().toString());
        assertEquals(first.number(), valid.licenseNumber());
        assertEquals(Verification.Status.VALID, valid.status());

        chief.call(() -> licenses.revoke(first.number(), "以欺騙手段取得"));

        Verification revoked = verification.verify(pdf);
        assertTrue(revoked.valid(), "the document itself is still authentic");
        assertEquals(Verification.Status.REVOKED, revoked.status());
        assertEquals(List.of(Reason.LICENSE_REVOKED), revoked.reasons());
    }

    @Test
    @DisplayName("a license with an invalid credit code or ID number is refused before anything is sealed")
    void invalidIdentifier() {
        LicenseRequest bad = new LicenseRequest(DEPARTMENT, null, null, "某公司", "91230600MA1B2C3D4X", "範圍",
                LocalDate.now(), null, "許可證");

        SealException e = assertThrows(SealException.class, () -> chief.call(() -> licenses.issue(bad)));

        assertEquals("license.identifierInvalid", e.key());
    }

    @Test
    @DisplayName("revocation: a document sealed before it stays valid; one sealed after its effective time is invalid (REVOKED)")
    void revocationBeforeAndAfter() throws Exception {
        SealedDocument before = chief2.call(() -> seals.seal(request(DEPARTMENT2, caseNumber())));
        Thread.sleep(50);
        Instant compromisedSince = Instant.now();
        Thread.sleep(50);
        SealedDocument after = chief2.call(() -> seals.seal(request(DEPARTMENT2, caseNumber())));
        SealView seal = admin.call(() -> sealAdmin.list()).stream()
                .filter(s -> s.departmentCode().equals(DEPARTMENT2) && s.status() == SealViews.SealStatus.ACTIVE)
                .findFirst().orElseThrow();

        admin.call(() -> sealAdmin.revoke(seal.id(), "私鑰疑似外洩", compromisedSince));

        Verification stillValid = verification.verify(before.pdf());
        Verification revoked = verification.verify(after.pdf());
        assertTrue(stillValid.valid(), stillValid.reasons().toString());
        assertEquals(Verification.Status.VALID, stillValid.status());
        assertFalse(revoked.valid());
        assertEquals(Verification.Status.REVOKED, revoked.status());
        assertEquals(List.of(Reason.SEAL_REVOKED), revoked.reasons());
        assertFalse(seals.hasActiveSeal(DEPARTMENT2));
        SealException noSeal = assertThrows(SealException.class,
                () -> chief2.call(() -> seals.seal(request(DEPARTMENT2, caseNumber()))));
        assertEquals("seal.noActiveSeal", noSeal.key());
    }

    @Test
    @DisplayName("a sealed notice with a byte changed, or with text laid over it afterwards, is reported invalid with the reason")
    void tamperedIsInvalid() {
        SealedDocument sealed = chief.call(() -> seals.seal(request(DEPARTMENT, caseNumber())));

        Verification flipped = verification.verify(Tampering.flipByte(sealed.pdf()));
        Verification overlaid = verification.verify(Tampering.overlayText(sealed.pdf(), "Forged Holder Ltd."));

        assertFalse(flipped.valid());
        assertTrue(flipped.reasons().contains(Reason.SIGNATURE_INVALID), flipped.reasons().toString());
        assertFalse(overlaid.valid());
        assertEquals(List.of(Reason.MODIFIED_AFTER_SIGNING), overlaid.reasons());
    }

    @Test
    @DisplayName("a second active seal for a department is refused; the key lives in a keystore readable by the server only")
    void oneActiveSealAndItsKeystore() throws Exception {
        SealException e = assertThrows(SealException.class, () -> admin.call(() -> sealAdmin.create(new SealForm(DEPARTMENT,
                "測試ITSEAL局行政許可專用章", SealAlgorithm.RSA_2048, LocalDate.now(), LocalDate.now().plusYears(1), null))));
        Path seals = DataDirectory.root().resolve("seals");
        List<Path> keystores;
        try (var files = Files.list(seals)) {
            keystores = files.filter(p -> p.getFileName().toString().endsWith(".p12")).toList();
        }

        assertEquals("seal.activeExists", e.key());
        assertTrue(keystores.stream().anyMatch(p -> p.getFileName().toString().equals("authority.p12")), keystores.toString());
        assertTrue(keystores.size() >= 3, keystores.toString());
        for (Path keystore : keystores) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keystore)), keystore.toString());
        }
    }

    @Test
    @DisplayName("an uploaded PNG becomes the seal's picture; a file that is not a PNG is refused")
    void uploadedPicture() {
        byte[] png = SealImage.draw("上傳測試行政許可專用章");
        String code = "ITUP" + ThreadLocalRandom.current().nextInt(1000, 9999);
        admin.run(() -> center.createDepartment(new DepartmentForm(code, new Text("上傳局", "上传局", "Upload bureau"),
                "LEGAL_ENTITY", null, true, 0)));

        SealException refused = assertThrows(SealException.class, () -> admin.call(() -> sealAdmin.create(new SealForm(code,
                "上傳局行政許可專用章", null, null, LocalDate.now().plusYears(1), "GIF89a not a png".getBytes()))));
        SealView created = admin.call(() -> sealAdmin.create(new SealForm(code, "上傳局行政許可專用章", null, null,
                LocalDate.now().plusYears(1), png)));

        assertEquals("seal.imageInvalid", refused.key());
        assertTrue(created.imageUploaded());
        assertEquals(SealAlgorithm.ECDSA_P256, created.algorithm());
        assertNotNull(admin.call(() -> sealAdmin.image(created.id())));
    }

    static String decodeQr(byte[] pdf) throws Exception {
        BufferedImage page;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            page = new PDFRenderer(document).renderImageWithDPI(0, 150);
        }
        int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels))),
                java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
