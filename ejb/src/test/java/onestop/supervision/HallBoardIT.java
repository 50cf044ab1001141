package onestop.supervision;

import jakarta.ejb.EJB;
import onestop.casework.CaseEnums.ApplicantKind;
import onestop.casework.CaseEnums.ReceivedForm;
import onestop.casework.CaseService;
import onestop.casework.CaseViews.CaseView;
import onestop.casework.CaseViews.IntakeForm;
import onestop.casework.CaseViews.MaterialReceipt;
import onestop.catalog.ItemCatalog;
import onestop.common.CenterTime;
import onestop.testing.AsScjClerk;
import onestop.testing.TestDeployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public hall board's counts, on a real WildFly, called with no login. */
@ExtendWith(ArquillianExtension.class)
class HallBoardIT {
    private static final String HALL = "LEGAL_ENTITY";

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.ejbModule("hall-board-it").addClass(HallBoardIT.class);
    }

    @EJB private HallBoard board;
    @EJB private CaseService cases;
    @EJB private ItemCatalog catalog;
    @EJB private AsScjClerk clerk;

    private HallBoardView.Row scj(LocalDate day) {
        return board.board(HALL, day).orElseThrow().departments().stream()
                .filter(r -> "SCJ".equals(r.departmentCode())).findFirst().orElseThrow();
    }

    private CaseView accepted() {
        String item = "SCJ-XK-004";
        int n = catalog.versionForNewCase(item, CenterTime.today()).content().materials().size();
        List<MaterialReceipt> all = IntStream.range(0, n).mapToObj(i -> new MaterialReceipt(i, true, ReceivedForm.ORIGINAL, 1, null)).toList();
        CaseView c = clerk.call(() -> cases.register(new IntakeForm(item, ApplicantKind.ENTITY, "大慶市大屏測試有限公司",
                "91350100M000100Y43", "0459-6000000", "張曉明", all)));
        return clerk.call(() -> cases.accept(c.number(), null));
    }

    @Test
    @DisplayName("a case accepted today counts as today's intake and in progress; due soon on its deadline day, overdue the day after")
    void countsFollowTheClock() {
        LocalDate today = CenterTime.today();
        LocalDate deadline = accepted().deadline(); // every case of the item accepted today has this deadline
        HallBoardView.Row before = scj(today);
        HallBoardView.Row onDeadlineBefore = scj(deadline);
        HallBoardView.Row afterDeadlineBefore = scj(deadline.plusDays(1));

        accepted();

        assertEquals(before.intakeToday() + 1, scj(today).intakeToday());
        assertEquals(before.inProgress() + 1, scj(today).inProgress());
        assertEquals(onDeadlineBefore.dueSoon() + 1, scj(deadline).dueSoon());
        assertEquals(onDeadlineBefore.overdue(), scj(deadline).overdue());
        assertEquals(afterDeadlineBefore.overdue() + 1, scj(deadline.plusDays(1)).overdue());
        assertEquals(afterDeadlineBefore.dueSoon(), scj(deadline.plusDays(1)).dueSoon());
    }

    @Test
    @DisplayName("the hall's total adds up its departments; an unknown hall has no board")
    void totalsAndHalls() {
        HallBoardView view = board.board(HALL).orElseThrow();

        assertEquals(view.departments().stream().mapToInt(HallBoardView.Row::inProgress).sum(), view.total().inProgress());
        assertEquals(view.departments().stream().mapToInt(HallBoardView.Row::intakeToday).sum(), view.total().intakeToday());
        assertTrue(view.departments().stream().anyMatch(r -> "SCJ".equals(r.departmentCode())));
        assertTrue(board.board("NO_SUCH_HALL").isEmpty());
        assertTrue(board.board(null).isEmpty());
    }
}
