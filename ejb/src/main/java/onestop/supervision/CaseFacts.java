package onestop.supervision;

import onestop.casework.CaseClock;
import onestop.casework.CaseStatus;

import java.time.LocalDate;
import java.util.List;

/**
 * What the metrics need of one case, read in bulk: where it belongs (department, window, item),
 * its dates on the clock and its suspensions.
 */
public record CaseFacts(long id, String number, String departmentCode, String windowCode, String itemCode,
                        String itemName, CaseStatus status, LocalDate acceptedOn, LocalDate decidedOn,
                        LocalDate deadline, int promisedDays, int statutoryDays, List<CaseClock.Pause> pauses) {
    public CaseFacts {
        pauses = pauses == null ? List.of() : List.copyOf(pauses);
    }

    CaseFacts withPauses(List<CaseClock.Pause> all) {
        return new CaseFacts(id, number, departmentCode, windowCode, itemCode, itemName, status, acceptedOn, decidedOn,
                deadline, promisedDays, statutoryDays, all);
    }
}
