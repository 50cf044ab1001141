package onestop.seal;

import onestop.common.CenterTime;
import onestop.common.IdentityNumbers;
import onestop.documents.pdf.FontLibrary;
import onestop.documents.pdf.PageSetup;
import onestop.documents.pdf.PdfDocumentBuilder;
import onestop.documents.pdf.PdfFontException;
import onestop.documents.pdf.PdfMetadata;
import onestop.documents.pdf.SealPlacement;
import onestop.documents.pdf.TextStyle;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * The license document (Traditional Chinese, as the center's official documents): title, license
 * number, holder and identifier, scope, validity, issuing department and date, the issuing block
 * where the seal goes, and a QR code that opens the license's public record. Strict fonts: a
 * holder name with a character no font has is refused, never printed changed.
 */
final class LicensePdf {
    private static final float QR_SIZE = 76;

    /** The license as laid out: the PDF, the seal's place, and the text it shows (for the search index). */
    record Layout(byte[] pdf, SealPlacement placement, String text, int pages) {
    }

    private LicensePdf() {
    }

    static Layout build(String number, LicenseRequest request, String departmentName, String centerName, LocalDate issued) {
        String url = LicenseLinks.record(number);
        String identifierLabel = IdentityNumbers.isResidentId(request.holderIdentifier(), issued) ? "公民身份號碼" : "統一社會信用代碼";
        String validity = request.validFrom() + " 至 " + (request.validUntil() == null ? "長期" : request.validUntil().toString());
        try {
            PdfDocumentBuilder builder = PdfDocumentBuilder.create(new PdfMetadata(request.title(), departmentName,
                            "證照 " + number, "zh-Hant", ZonedDateTime.now(CenterTime.zone()), centerName, null),
                    PageSetup.a4(), FontLibrary.shared(), true)
                    .space(18)
                    .paragraph(request.title(), TextStyle.TITLE.withSize(24))
                    .paragraph("編號：" + number, TextStyle.BODY.withAlign(TextStyle.Align.CENTER))
                    .space(18)
                    .keyValue("持證人", request.holderName())
                    .keyValue(identifierLabel, request.holderIdentifier())
                    .keyValue("許可範圍", request.scope())
                    .keyValue("有效期限", validity)
                    .keyValue("發證機關", departmentName);
            if (request.caseNumber() != null) {
                builder.keyValue("辦件編號", request.caseNumber());
            }
            builder.space(12)
                    .paragraph("本證照依《中華人民共和國行政許可法》核發，加蓋" + departmentName
                            + "行政許可專用章並經電子簽章；掃描二維碼可查詢登記記錄，亦可於核驗頁面上傳本文件核驗真偽。")
                    .sealBlock(departmentName, issued)
                    .qrCode(url, QR_SIZE, "證照登記記錄 License record\n" + url);
            SealPlacement placement = builder.sealPlacement();
            byte[] pdf = builder.toBytes();
            return new Layout(pdf, placement, builder.text(), builder.pages());
        } catch (PdfFontException e) {
            throw new SealException("license.characterMissing");
        }
    }
}
