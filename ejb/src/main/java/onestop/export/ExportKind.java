package onestop.export;

/**
 * What an auditor or supervisor can export, and what its parameter is: a month {@code 2026-11},
 * a period {@code 2026-11-01..2026-11-30}, or a case number.
 */
public enum ExportKind {
    BULLETIN_PDF("application/pdf", "pdf"),
    METRICS_CSV("text/csv", "csv"),
    DOSSIER_PDF("application/pdf", "pdf"),
    AUDIT_PDF("application/pdf", "pdf"),
    AUDIT_CSV("text/csv", "csv"),
    ALERTS_CSV("text/csv", "csv");

    private final String contentType;
    private final String extension;

    ExportKind(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }
}
