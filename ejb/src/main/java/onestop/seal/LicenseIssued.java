package onestop.seal;

/**
 * Fired (CDI event, synchronously, in the transaction of the issue) when a license is issued for a
 * case: whoever files the license with its case (the search index) observes it.
 *
 * @param licenseId  the {@link License}'s database id
 * @param caseNumber the case the license results from, as the request named it
 */
public record LicenseIssued(long licenseId, String caseNumber) {
}
