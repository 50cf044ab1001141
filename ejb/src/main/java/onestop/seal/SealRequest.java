package onestop.seal;

import onestop.documents.pdf.SealPlacement;

import java.io.Serializable;

/**
 * A document to seal with a department's licensing seal.
 *
 * @param departmentCode whose seal
 * @param pdf            the document as generated (not signed, not encrypted, at most 20 MB)
 * @param placement      where the seal is drawn, from {@code PdfDocumentBuilder.sealPlacement()};
 *                       null for an invisible signature
 * @param caseNumber     the case the document belongs to; may be null
 * @param documentKind   what it is, e.g. {@code LICENSE}, {@code ACCEPTANCE_NOTICE}; recorded in the usage log
 */
public record SealRequest(String departmentCode, byte[] pdf, SealPlacement placement, String caseNumber,
                          String documentKind) implements Serializable {
}
