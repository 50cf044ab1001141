package onestop.documents.pdf;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Metadata and the running texts of a document. The caller supplies the texts in the reader's
 * language; {@code footer} is a pattern in which {@value #PAGE} and {@value #PAGES} are replaced,
 * e.g. {@code "第 {page} 頁，共 {pages} 頁"} or {@code "{page} / {pages}"}.
 *
 * @param title    the document title (PDF metadata; not drawn, see {@code PdfDocumentBuilder.title})
 * @param author   the issuing body, e.g. the center's or department's name; may be null
 * @param subject  may be null
 * @param language BCP 47 tag such as {@code zh-Hant}, {@code zh-Hans}; may be null
 * @param created  creation date written to the metadata
 * @param header   drawn centred at the top of every page; may be null
 * @param footer   page-number pattern drawn centred at the bottom of every page; may be null
 */
public record PdfMetadata(String title, String author, String subject, String language,
                           ZonedDateTime created, String header, String footer) {
    public static final String PAGE = "{page}";
    public static final String PAGES = "{pages}";

    public PdfMetadata {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(created, "created");
    }

    /** Title, author, header and footer pattern, created now. */
    public static PdfMetadata of(String title, String author, String header, String footer) {
        return new PdfMetadata(title, author, null, null, ZonedDateTime.now(), header, footer);
    }

    String footerFor(int page, int pages) {
        return footer.replace(PAGE, Integer.toString(page)).replace(PAGES, Integer.toString(pages));
    }
}
