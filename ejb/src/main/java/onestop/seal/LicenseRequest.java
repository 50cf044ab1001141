package onestop.seal;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a license says, as the case flow hands it to {@link LicenseService#issue}.
 *
 * @param departmentCode   the issuing department (its seal is applied)
 * @param itemCode         the catalog item the license results from; may be null
 * @param caseNumber       the case it decides; may be null
 * @param holderName       the holder (a company or a person)
 * @param holderIdentifier unified social credit code (GB 32100) or resident ID number (GB 11643);
 *                         printed on the license, never shown publicly
 * @param scope            what is permitted (許可範圍)
 * @param validFrom        first day of validity
 * @param validUntil       last day of validity; null for a long-term license (長期)
 * @param title            the license's title, e.g. 食品經營許可證
 */
public record LicenseRequest(String departmentCode, String itemCode, String caseNumber, String holderName,
                             String holderIdentifier, String scope, LocalDate validFrom, LocalDate validUntil,
                             String title) implements Serializable {
}
