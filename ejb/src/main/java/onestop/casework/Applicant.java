package onestop.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import onestop.casework.CaseEnums.ApplicantKind;

import java.io.Serializable;

/**
 * The applicant of a case: a natural person (name, resident ID number, phone) or a legal entity
 * (name, unified social credit code, legal representative, phone). Identifiers are stored
 * normalised (upper case, no spaces) and checked by their check characters at intake.
 */
@Embeddable
public record Applicant(
        @Enumerated(EnumType.STRING) @Column(name = "applicant_kind", nullable = false, length = 10) ApplicantKind kind,
        @Column(name = "applicant_name", nullable = false, length = 200) String name,
        @Column(name = "applicant_identifier", nullable = false, length = 18) String identifier,
        @Column(name = "applicant_phone", length = 30) String phone,
        @Column(name = "legal_representative", length = 100) String legalRepresentative) implements Serializable {

    /** The name as public lists show it: a person's name masked (張*明), a company's in full. */
    public String publicName() {
        if (kind == ApplicantKind.ENTITY || name == null) {
            return name;
        }
        int[] cps = name.codePoints().toArray();
        if (cps.length <= 1) {
            return name;
        }
        StringBuilder masked = new StringBuilder().appendCodePoint(cps[0]);
        for (int i = 1; i < cps.length - 1; i++) {
            masked.append('*');
        }
        return masked.append(cps.length == 2 ? "*" : new String(cps, cps.length - 1, 1)).toString();
    }
}
