package dk.fremdrift.metrics;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The period a report counts events in: a half-open range of Danish dates from {@code startInclusive} to {@code
 * endExclusive}.
 *
 * <p>An event (a notification received, an investigation's awareness date, a decision) counts when its date is in
 * the period and not after the report's {@code asOf}; stock indicators (open cases, caseload) are taken at {@code
 * asOf}.
 *
 * <pre>{@code
 * ReportingPeriod.ofYear(2025);                      // 2025-01-01 to 2026-01-01
 * ReportingPeriod.ofMonth(YearMonth.of(2026, 3));    // March 2026
 * }</pre>
 *
 * @param startInclusive the first day of the period
 * @param endExclusive the first day after the period; after {@code startInclusive}
 */
@JsonPropertyOrder({"startInclusive", "endExclusive"})
public record ReportingPeriod(
        @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate startInclusive,
        @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate endExclusive) {

    /**
     * Checks the period.
     *
     * @param startInclusive the first day of the period
     * @param endExclusive the first day after the period; after {@code startInclusive}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the end is not after the start
     */
    public ReportingPeriod {
        Objects.requireNonNull(startInclusive, "startInclusive");
        Objects.requireNonNull(endExclusive, "endExclusive");
        if (!endExclusive.isAfter(startInclusive)) {
            throw new IllegalArgumentException(
                    "endExclusive: expected a date after startInclusive " + startInclusive + ", got " + endExclusive);
        }
    }

    /**
     * Returns the period between two dates.
     *
     * @param startInclusive the first day
     * @param endExclusive the first day after the period
     * @return the period
     * @throws IllegalArgumentException if the end is not after the start
     */
    public static ReportingPeriod of(LocalDate startInclusive, LocalDate endExclusive) {
        return new ReportingPeriod(startInclusive, endExclusive);
    }

    /**
     * Returns a calendar year.
     *
     * @param year the year
     * @return 1 January of the year to 1 January of the next
     */
    public static ReportingPeriod ofYear(int year) {
        return new ReportingPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }

    /**
     * Returns a calendar month.
     *
     * @param month the month
     * @return the first day of the month to the first day of the next
     */
    public static ReportingPeriod ofMonth(YearMonth month) {
        Objects.requireNonNull(month, "month");
        return new ReportingPeriod(month.atDay(1), month.plusMonths(1).atDay(1));
    }

    /**
     * Tells whether the period includes a date.
     *
     * @param date the date
     * @return true if {@code startInclusive <= date < endExclusive}
     */
    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(startInclusive) && date.isBefore(endExclusive);
    }

    /**
     * Returns the months the period touches, in order.
     *
     * @return the months, from the month of {@code startInclusive} to the month of the last day
     */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        YearMonth last = YearMonth.from(endExclusive.minusDays(1));
        for (YearMonth m = YearMonth.from(startInclusive); !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** Returns {@code 2025-01-01 to 2025-12-31} (both days included). */
    @Override
    public String toString() {
        return startInclusive + " to " + endExclusive.minusDays(1);
    }
}
