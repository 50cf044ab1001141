package onestop.casework;

/** The small vocabularies of a case file. */
public final class CaseEnums {
    private CaseEnums() {
    }

    /** Who applies: a natural person (自然人) or a legal entity (法人或其他組織). */
    public enum ApplicantKind { PERSON, ENTITY }

    /** How a material was handed in. */
    public enum ReceivedForm { ORIGINAL, COPY, ELECTRONIC }

    /** The outcome of review. */
    public enum Decision { APPROVED, DENIED }

    /** Why the clock is suspended (掛起): the cases the law allows. */
    public enum SuspensionKind { EXPERT_REVIEW, TESTING, HEARING, SUPPLEMENT, ON_SITE_INSPECTION }

    /** A co-department's answer in a joint case. */
    public enum Opinion { AGREE, DISAGREE }

    /** What a document of a case is. */
    public enum DocumentKind {
        SCAN, ACCEPTANCE_NOTICE, REFUSAL_NOTICE, CORRECTION_NOTICE, DECISION, LICENSE;

        public boolean isGenerated() {
            return this != SCAN;
        }
    }
}
