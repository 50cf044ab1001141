package onestop.web.supervision;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TrendBucketsTest {
    private static void coversExactly(List<TrendBuckets.Bucket> buckets, LocalDate from, LocalDate to) {
        assertEquals(from, buckets.get(0).from());
        assertEquals(to, buckets.get(buckets.size() - 1).to());
        for (int i = 1; i < buckets.size(); i++) {
            assertEquals(buckets.get(i - 1).to().plusDays(1), buckets.get(i).from(), "no gap, no overlap at " + i);
        }
    }

    @Test
    @DisplayName("a month is cut by day")
    void daily() {
        List<TrendBuckets.Bucket> b = TrendBuckets.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
        assertEquals(30, b.size());
        assertEquals("11-01", b.get(0).label());
        coversExactly(b, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
    }

    @Test
    @DisplayName("a quarter is cut in weeks from its first day, the last week clipped")
    void weekly() {
        LocalDate from = LocalDate.of(2026, 10, 1);
        LocalDate to = LocalDate.of(2026, 12, 31);
        List<TrendBuckets.Bucket> b = TrendBuckets.of(from, to);
        assertEquals(14, b.size());
        assertEquals(LocalDate.of(2026, 10, 7), b.get(0).to());
        assertEquals(LocalDate.of(2026, 12, 31), b.get(13).to());
        coversExactly(b, from, to);
    }

    @Test
    @DisplayName("a year and a half is cut by calendar month, the first and last month clipped to the period")
    void monthly() {
        LocalDate from = LocalDate.of(2025, 6, 15);
        LocalDate to = LocalDate.of(2026, 11, 28);
        List<TrendBuckets.Bucket> b = TrendBuckets.of(from, to);
        assertEquals(18, b.size());
        assertEquals("2025-06", b.get(0).label());
        assertEquals(LocalDate.of(2025, 6, 30), b.get(0).to());
        assertEquals("2026-11", b.get(17).label());
        coversExactly(b, from, to);
    }

    @Test
    @DisplayName("a period that ends before it starts has no buckets")
    void reversed() {
        assertEquals(List.of(), TrendBuckets.of(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 1)));
    }
}
