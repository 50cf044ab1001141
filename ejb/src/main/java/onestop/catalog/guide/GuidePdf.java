package onestop.catalog.guide;

import onestop.catalog.CatalogViews.Cancellation;
import onestop.catalog.CatalogViews.ItemGuide;
import onestop.catalog.CatalogViews.VersionView;
import onestop.catalog.FeeItem;
import onestop.catalog.ItemContent;
import onestop.catalog.ProcedureStep;
import onestop.catalog.RequiredMaterial;
import onestop.documents.pdf.PdfDocumentBuilder;
import onestop.documents.pdf.PdfMetadata;
import onestop.documents.pdf.Table;
import onestop.documents.pdf.TextStyle;

import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The printable guide of an item (辦事指南): the version in effect, its facts and the seven
 * disclosures (七公開) under numbered headings, procedure, materials and fees as tables, page
 * numbers in the footer. A cancelled item or fee is said to be cancelled, with its decree: paper
 * has no strike-through that survives a photocopy.
 */
public final class GuidePdf {
    private GuidePdf() {
    }

    /** The guide as a PDF in the reader's language (the content is printed as published). */
    public static byte[] render(ItemGuide guide, GuideTexts t, ZonedDateTime printed) {
        VersionView v = guide.current();
        ItemContent c = v.content();
        PdfMetadata info = new PdfMetadata(t.label("pdf.title", c.name()), t.label("pdf.author"), v.code(),
                t.languageTag(), printed, t.label("pdf.header"), t.label("pdf.footer"));
        PdfDocumentBuilder pdf = PdfDocumentBuilder.create(info);
        pdf.title(c.name());
        pdf.paragraph(t.label("guide.versionLine", v.code(), v.number(), t.date(v.effectiveDate())),
                TextStyle.SMALL.withAlign(TextStyle.Align.CENTER));
        Cancellation cancelled = guide.cancellation();
        if (cancelled != null) {
            pdf.paragraph(t.label("guide.cancelled", cancelled.decree(), t.date(cancelled.effective())),
                    TextStyle.BODY.withBold(true));
        }

        pdf.keyValue(t.label("guide.type"), t.type(c.type()));
        pdf.keyValue(t.label("guide.department"), t.department(c.departmentCode()));
        pdf.keyValue(t.label("guide.hall"), t.hall(c.hallCode()));
        pdf.keyValue(t.label("guide.mode"), t.mode(c.mode()));
        if (!c.coDepartments().isEmpty()) {
            pdf.keyValue(t.label("guide.coDepartments"),
                    c.coDepartments().stream().map(t::department).collect(Collectors.joining("、")));
        }
        pdf.keyValue(t.label("guide.legalBasis"), c.legalBasis());
        pdf.keyValue(t.label("guide.online"), t.label(c.online() ? "guide.online.yes" : "guide.online.no"));
        pdf.space(6);

        pdf.heading(t.label("guide.approvalContent"));
        pdf.paragraph(c.approvalContent());

        pdf.heading(t.label("guide.procedure"));
        pdf.table(procedure(c.procedure(), t));

        pdf.heading(t.label("guide.materials"));
        pdf.table(materials(c.materials(), t));

        pdf.heading(t.label("guide.timeLimit"));
        pdf.keyValue(t.label("guide.statutoryDays"), t.label("guide.workingDays", c.statutoryDays()));
        pdf.keyValue(t.label("guide.promisedDays"), t.label("guide.workingDays", c.promisedDays()));
        pdf.keyValue(t.label("guide.mode"), t.mode(c.mode()));
        pdf.space(6);

        pdf.heading(t.label("guide.fees"));
        if (c.fees().isEmpty()) {
            pdf.paragraph(t.label("guide.noFee"));
        } else {
            pdf.table(fees(guide, t));
        }

        pdf.heading(t.label("guide.preferentialPolicy"));
        pdf.paragraph(blank(c.preferentialPolicy()) ? t.label("guide.none") : c.preferentialPolicy());

        pdf.heading(t.label("guide.supervision"));
        pdf.keyValue(t.label("guide.complaintChannels"), c.complaintChannels());
        pdf.keyValue(t.label("guide.supervisingDepartment"), c.supervisingDepartment());
        pdf.space(12);
        pdf.paragraph(t.label("pdf.printed", printed.toLocalDate().toString()), TextStyle.SMALL);
        return pdf.toBytes();
    }

    private static Table procedure(List<ProcedureStep> steps, GuideTexts t) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            ProcedureStep s = steps.get(i);
            rows.add(List.of(Integer.toString(i + 1), s.name(), t.role(s.role()), t.label("guide.workingDays", s.days())));
        }
        return new Table(List.of(new Table.Column(t.label("guide.step.number"), 0.6f),
                new Table.Column(t.label("guide.step.name"), 4), new Table.Column(t.label("guide.step.role"), 2),
                new Table.Column(t.label("guide.step.days"), 1.6f)), rows);
    }

    private static Table materials(List<RequiredMaterial> materials, GuideTexts t) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < materials.size(); i++) {
            RequiredMaterial m = materials.get(i);
            rows.add(List.of(Integer.toString(i + 1), m.name(), t.form(m.form()), Integer.toString(m.copies()),
                    t.label(m.required() ? "guide.material.required" : "guide.material.optional"),
                    m.level() == null ? "" : m.level().name(), m.notes() == null ? "" : m.notes()));
        }
        return new Table(List.of(new Table.Column(t.label("guide.step.number"), 0.6f),
                new Table.Column(t.label("guide.material.name"), 3.6f),
                new Table.Column(t.label("guide.material.form"), 1.4f),
                new Table.Column(t.label("guide.material.copies"), 0.9f),
                new Table.Column(t.label("guide.material.requiredColumn"), 1.1f),
                new Table.Column(t.label("guide.material.level"), 1.05f),
                new Table.Column(t.label("guide.material.notes"), 2.15f)), rows, 9);
    }

    private static Table fees(ItemGuide guide, GuideTexts t) {
        List<List<String>> rows = new ArrayList<>();
        for (FeeItem f : guide.current().content().fees()) {
            String amount = amount(f, t);
            Cancellation cancelled = guide.cancelledFees().stream().filter(x -> x.feeCode().equals(f.code()))
                    .findFirst().orElse(null);
            if (cancelled != null) {
                amount = t.label("guide.fee.cancelled", amount, cancelled.decree(), t.date(cancelled.effective()));
            }
            rows.add(List.of(f.code(), f.name(), amount, f.legalBasis() == null ? "" : f.legalBasis()));
        }
        return new Table(List.of(new Table.Column(t.label("guide.fee.code"), 0.9f),
                new Table.Column(t.label("guide.fee.name"), 2.2f), new Table.Column(t.label("guide.fee.amount"), 2.6f),
                new Table.Column(t.label("guide.fee.legalBasis"), 3)), rows, 9);
    }

    /** "¥10.00", or the rule when the amount depends on the case, or both. */
    static String amount(FeeItem f, GuideTexts t) {
        String yuan = f.amount() == null ? null : t.label("guide.fee.yuan", plain(f.amount()));
        if (yuan == null) {
            return f.rule() == null ? "" : f.rule();
        }
        return blank(f.rule()) ? yuan : yuan + "（" + f.rule() + "）";
    }

    private static String plain(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
