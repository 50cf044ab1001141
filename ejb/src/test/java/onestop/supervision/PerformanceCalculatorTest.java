package onestop.supervision;

import onestop.calendar.DayKind;
import onestop.calendar.WorkingCalendar;
import onestop.casework.CaseClock;
import onestop.casework.CaseStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The metrics on a hand-built October 2026 (National Day 10-01 … 10-08 off, Saturday 10-10 worked)
 * whose answers were counted by hand.
 */
class PerformanceCalculatorTest {
    private static final WorkingCalendar CALENDAR = new WorkingCalendar(Map.of(
            d(10, 1), DayKind.HOLIDAY, d(10, 2), DayKind.HOLIDAY, d(10, 5), DayKind.HOLIDAY, d(10, 6), DayKind.HOLIDAY,
            d(10, 7), DayKind.HOLIDAY, d(10, 8), DayKind.HOLIDAY, d(10, 10), DayKind.WORKDAY));
    private static final LocalDate FROM = d(10, 1);
    private static final LocalDate TO = d(10, 31);

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    private static CaseFacts decided(String number, String dept, LocalDate accepted, LocalDate decided, LocalDate deadline,
                                     int promised, int statutory, CaseClock.Pause... pauses) {
        return new CaseFacts(number.hashCode(), number, dept, "A01", "ITEM-" + dept, "事項", CaseStatus.READY_TO_ISSUE,
                accepted, decided, deadline, promised, statutory, List.of(pauses));
    }

    private static final List<CaseFacts> CASES = List.of(
            // accepted Wed 09-30 (before the period), 5 days → due 10-14; decided Mon 10-12: used 3 (10-09, 10-10, 10-12), early
            decided("A", "SCJ", d(9, 30), d(10, 12), d(10, 14), 5, 10),
            // accepted Fri 10-09, 5 days → 10-10, 10-12, 10-13, 10-14, 10-15: due 10-15; decided on 10-15:
            // on time, not early; used 5
            decided("B", "SCJ", d(10, 9), d(10, 15), d(10, 15), 5, 10),
            // accepted Mon 10-12, 3 days, suspended 10-13 … resumed 10-15 (2 days stopped) → due 10-19;
            // decided Tue 10-20: late; used 10-15, 10-16, 10-19, 10-20 = 4
            decided("C", "SCJ", d(10, 12), d(10, 20), d(10, 19), 3, 20, new CaseClock.Pause(d(10, 13), d(10, 15))),
            // 即辦: accepted and decided 10-20, promised 0 (left out of the speed-up), statutory 0
            decided("D", "ZJJ", d(10, 20), d(10, 20), d(10, 20), 0, 0),
            // still in review, due 10-23, today 10-28: overdue
            new CaseFacts(5, "E", "ZJJ", "D01", "ITEM-ZJJ", "事項", CaseStatus.IN_REVIEW, d(10, 19), null, d(10, 23), 4, 10, List.of()),
            // still in review, due 11-05: in time
            new CaseFacts(6, "F", "ZJJ", "D01", "ITEM-ZJJ", "事項", CaseStatus.IN_REVIEW, d(10, 29), null, d(11, 5), 5, 10, List.of()));

    @Test
    void departmentFiguresMatchTheHandCount() {
        List<MetricRow> rows = PerformanceCalculator.compute(CASES, List.of(), Grouping.DEPARTMENT, FROM, TO, d(10, 28),
                CALENDAR, k -> k);

        MetricRow scj = rows.get(0);
        assertEquals("SCJ", scj.key());
        assertEquals(2, scj.accepted(), "A was accepted in September");
        assertEquals(3, scj.completed());
        assertEquals(2, scj.onTime());
        assertEquals(1, scj.early());
        assertEquals(1, scj.overdue());
        assertEquals(1, scj.suspended());
        assertEquals(2.0 / 3, scj.onTimeRate(), 1e-9);
        assertEquals(1.0 / 3, scj.earlyRate(), 1e-9);
        assertEquals((3 + 5 + 4) / 3.0, scj.averageDaysUsed(), 1e-9);
        assertEquals((5 + 5 + 3) / 3.0, scj.averagePromisedDays(), 1e-9);
        // Σ(promised − used) / Σ promised = ((5−3) + (5−5) + (3−4)) / 13
        assertEquals(1.0 / 13, scj.speedUp(), 1e-9);
        // Σ(statutory − promised) / Σ statutory = (5 + 5 + 17) / 40
        assertEquals(27.0 / 40, scj.promiseCompression(), 1e-9);

        MetricRow zjj = rows.get(1);
        assertEquals(3, zjj.accepted());
        assertEquals(1, zjj.completed());
        assertEquals(1, zjj.onTime());
        assertEquals(0, zjj.early(), "decided on its due day");
        assertEquals(1, zjj.overdue(), "E is past its deadline and still open");
        assertNull(zjj.speedUp(), "a 即辦 item has no promised days to speed up");
        assertNull(zjj.promiseCompression());
    }

    @Test
    void aPeriodWithoutCasesIsHonestlyEmpty() {
        assertEquals(List.of(), PerformanceCalculator.compute(List.of(), List.of(), Grouping.CENTER, FROM, TO, TO, CALENDAR, k -> k));
        MetricRow row = PerformanceCalculator.compute(CASES, List.of(), Grouping.CENTER, d(12, 1), d(12, 31), d(12, 31),
                CALENDAR, k -> k).get(0);
        assertEquals(0, row.completed());
        assertNull(row.onTimeRate(), "no completed case: no rate, not 0 %");
    }

    @Test
    void overdueCountsOpenCasesOnlyAsOfThePeriodEnd() {
        MetricRow before = PerformanceCalculator.compute(CASES, List.of(), Grouping.DEPARTMENT, FROM, d(10, 22), d(10, 28),
                CALENDAR, k -> k).get(1);
        assertEquals(0, before.overdue(), "on 10-22, E was not yet due");
    }

    @Test
    void satisfactionCountsFourAndFive() {
        List<PerformanceCalculator.Rating> ratings = List.of(new PerformanceCalculator.Rating("SCJ", "A01", "ITEM-SCJ", 5),
                new PerformanceCalculator.Rating("SCJ", "A01", "ITEM-SCJ", 4), new PerformanceCalculator.Rating("SCJ", "A01", "ITEM-SCJ", 2));
        MetricRow row = PerformanceCalculator.compute(CASES, ratings, Grouping.WINDOW, FROM, TO, TO, CALENDAR, k -> k).get(0);
        assertEquals("A01", row.key());
        assertEquals(3, row.evaluated());
        assertEquals(2.0 / 3, row.satisfaction(), 1e-9);
        assertEquals(11.0 / 3, row.averageRating(), 1e-9);
    }
}
