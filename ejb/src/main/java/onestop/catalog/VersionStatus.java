package onestop.catalog;

/**
 * A version's life cycle: a DRAFT is edited, goes IN_REVIEW, and is either sent back to DRAFT or
 * approved by another administrator, becoming PUBLISHED (numbered, immutable). A published
 * version is current from its effective date until a later published version takes effect.
 */
public enum VersionStatus {
    DRAFT, IN_REVIEW, PUBLISHED
}
