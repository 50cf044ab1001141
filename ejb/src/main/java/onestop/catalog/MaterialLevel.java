package onestop.catalog;

/**
 * Where a material comes from, which decides how much the applicant has to run around:
 * A made by the applicant, B issued by another government body, C issued by an intermediary,
 * D held by the center or reachable by data sharing (the window fetches it itself).
 */
public enum MaterialLevel {
    A, B, C, D
}
