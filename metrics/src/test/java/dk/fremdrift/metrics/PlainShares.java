package dk.fremdrift.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The plain second count of a share, for the differential tests of the indicators added after the frozen reference:
 * units met, judged, left out and too recent, and the cases with a unit, overall and by month, counted with maps and
 * nothing shared with the aggregation.
 */
final class PlainShares {

    /** The number of random cases each seed draws. */
    static final int CASES = 300;

    /** The hand-built tests' year, and a year across a new year with asOf inside it. */
    static final List<MetricsConfig> CONFIGS = List.of(
            Fixtures.CONFIG,
            MetricsConfig.of(
                    Instant.parse("2026-03-10T10:00:00Z"),
                    ReportingPeriod.of(LocalDate.of(2025, 6, 15), LocalDate.of(2026, 6, 15))));

    /** The counts of one cell: met, judged (met or not), excluded, censored, and the cases with a unit. */
    record Cell(long met, long judged, long excluded, long censored, long cases) {}

    private final Map<String, long[]> counts = new TreeMap<>();
    private final Set<String> touched = new HashSet<>();

    /** Counts one unit of the current case on a date. */
    void unit(LocalDate date, Outcome outcome) {
        for (String key : new String[] {"all", YearMonth.from(date).toString()}) {
            long[] n = counts.computeIfAbsent(key, k -> new long[5]);
            switch (outcome) {
                case MET -> {
                    n[0]++;
                    n[1]++;
                }
                case NOT_MET -> n[1]++;
                case EXCLUDED -> n[2]++;
                case CENSORED -> n[3]++;
            }
            if (touched.add(key)) {
                n[4]++;
            }
        }
    }

    /** Ends the current case: its next units count one more case in their cells. */
    void endCase() {
        touched.clear();
    }

    Cell cell(String key) {
        long[] n = counts.getOrDefault(key, new long[5]);
        return new Cell(n[0], n[1], n[2], n[3], n[4]);
    }

    /** Asserts that a report's result has the same cells, overall and in every month; returns the overall cell. */
    Cell assertSameAs(IndicatorResult result, String what) {
        assertThat(cellOf(result.overall())).as("%s: overall", what).isEqualTo(cell("all"));
        for (IndicatorValue month : result.monthly()) {
            assertThat(cellOf(month)).as("%s: %s", what, month.key()).isEqualTo(cell(month.key()));
        }
        return cell("all");
    }

    private static Cell cellOf(IndicatorValue v) {
        return new Cell(
                v.count().orElse(0L),
                v.denominator().orElse(0L),
                v.excluded().orElse(0L),
                v.censored().orElse(0L),
                v.cases().orElse(0L));
    }
}
