package onestop.export;

/**
 * Checks a signed PDF for the dossier (implemented by the seal side: signature, chain, registry).
 * With no implementation deployed, the dossier says the document was not checked.
 */
public interface DocumentCheck {
    /** A one-line result, e.g. "VALID (seal 大慶市市場監督管理局行政許可專用章, signed 2026-11-28T09:12Z)". */
    String check(byte[] pdf);
}
