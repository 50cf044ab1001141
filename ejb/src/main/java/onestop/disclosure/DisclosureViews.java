package onestop.disclosure;

import onestop.common.Text;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** What the public side shows: records only, with nothing that identifies an applicant. */
public final class DisclosureViews {
    private DisclosureViews() {
    }

    /** A published decision: the applicant's name as public lists show it (a person's masked). */
    public record BulletinView(String caseNumber, String itemCode, String itemName, String departmentCode,
                               Text departmentName, String applicantName, String decision, LocalDate decidedOn,
                               LocalDate publishedOn) implements Serializable {
    }

    /** A filter of the published decisions; null fields do not filter. Pages count from 0. */
    public record BulletinQuery(String departmentCode, String itemText, LocalDate from, LocalDate to, int page,
                                int pageSize) implements Serializable {
    }

    /** One page of published decisions and the total that match. */
    public record BulletinPage(long total, int page, int pageSize, List<BulletinView> bulletins) implements Serializable {
        public int pages() {
            return total == 0 ? 1 : (int) ((total + pageSize - 1) / pageSize);
        }
    }

    /** A procedure step as the applicant sees it. */
    public record StepView(String name, LocalDate startedOn, LocalDate dueOn, LocalDate completedOn)
            implements Serializable {
        public boolean isDone() {
            return completedOn != null;
        }
    }

    /** A material still lacking after a correction notice, and what is wrong with it. */
    public record LackingView(String name, String defect) implements Serializable {
    }

    /** Where the result waits: the window, its hall and the hall's location. */
    public record CollectionPlace(String windowCode, Text hallName, Text location, String departmentPhone)
            implements Serializable {
    }

    /**
     * A case as its applicant sees it with the number and the query code: state, dates, steps,
     * what is missing, where to collect the result, whether it may still be rated. No applicant
     * data at all (the applicant knows who they are; the code may have been passed on).
     *
     * @param licenseVerification the public verification link of the license issued for the case;
     *                            null while it has none (see {@link CaseProgress#licenseVerification})
     */
    public record ProgressView(String number, String itemCode, String itemName, String departmentCode,
                               Text departmentName, String status, LocalDate receivedOn, LocalDate acceptedOn,
                               boolean deemedAccepted, LocalDate deadline, LocalDate correctionRequestedOn,
                               List<LackingView> lacking, boolean suspended, LocalDate suspendedSince,
                               List<StepView> steps, String decision, LocalDate decidedOn, LocalDate issuedOn,
                               LocalDate collectedOn, CollectionPlace collection, boolean evaluable,
                               Integer rating, String licenseVerification) implements Serializable {
    }
}
