package onestop.search;

import java.time.Instant;

/** A half-open range {@code [from, to)} on {@link IndexedDocument#date()}; either end may be open (null). */
public record DateRange(Instant from, Instant to) {

    public DateRange {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the end of a date range lies before its start");
        }
    }
}
