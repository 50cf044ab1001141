package onestop.supervision;

import onestop.common.Text;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the big screen of a hall shows: for each department of the hall, counts only (no case
 * number, no applicant), and the hall's total.
 */
public record HallBoardView(String hallCode, Text hallName, LocalDate day, Instant computedAt, List<Row> departments,
                            Row total) implements Serializable {

    /**
     * One department's counts: applications received today, open cases (registered and not yet
     * issued), cases in review due within the warning margin, cases in review past their deadline.
     */
    public record Row(String departmentCode, Text departmentName, int intakeToday, int inProgress, int dueSoon,
                      int overdue) implements Serializable {
    }
}
