package dk.fremdrift.metrics;

import static dk.fremdrift.metrics.Fixtures.CONFIG;
import static dk.fremdrift.metrics.Fixtures.ENGINE;
import static dk.fremdrift.metrics.SuppressionChecks.all;
import static dk.fremdrift.metrics.SuppressionChecks.checkBreakdown;
import static dk.fremdrift.metrics.SuppressionChecks.checkDays;
import static dk.fremdrift.metrics.SuppressionChecks.checkIdentities;
import static dk.fremdrift.metrics.SuppressionChecks.checkValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Small-cell suppression holds on random breakdowns: no small count is shown, nothing derived from a withheld count
 * is shown, and for every breakdown the total minus the cells shown never reveals a single withheld cell. Checked on
 * random grids and on political reports of seeded random cases (few cases, so small cells abound). The seed is in
 * the test's name and in every assertion's description.
 */
class SuppressionProperties {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 40).map(i -> 0xC0FFEEL * i);
    }

    // ---- random grids ------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void suppress_randomBreakdowns_noLineRevealsASingleWithheldMember(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int threshold = 2 + random.nextInt(6);
        int dimensions = 1 + random.nextInt(3);
        int categories = 1 + random.nextInt(4);
        // Quantity 0 is the row's total; 1..categories add up to it (a distribution), so the table is two-way.
        int[][] cells = new int[dimensions][];
        int rows = 1;
        for (int d = 0; d < dimensions; d++) {
            cells[d] = new int[1 + random.nextInt(6)];
            rows += cells[d].length;
        }
        long[][] values = new long[rows][categories + 1];
        long[] cases = new long[rows];
        // Draw the first dimension's cells, then spread the same units over the other dimensions' cells.
        int row = 1;
        List<long[]> units = new ArrayList<>();
        for (int c = 0; c < cells[0].length; c++) {
            for (int k = 1; k <= categories; k++) {
                long n = random.nextInt(4) == 0 ? 0 : random.nextInt(1 + random.nextInt(25));
                for (long u = 0; u < n; u++) {
                    units.add(new long[] {row, k});
                }
            }
            cells[0][c] = row++;
        }
        for (int d = 1; d < dimensions; d++) {
            for (int c = 0; c < cells[d].length; c++) {
                cells[d][c] = row++;
            }
        }
        for (long[] u : units) {
            int k = (int) u[1];
            add(values, cases, 0, k);
            add(values, cases, (int) u[0], k);
            for (int d = 1; d < dimensions; d++) {
                add(values, cases, cells[d][random.nextInt(cells[d].length)], k);
            }
        }
        Suppressor g = new Suppressor(rows, categories + 1);
        for (int r = 0; r < rows; r++) {
            for (int q = 0; q <= categories; q++) {
                g.set(r, q, values[r][q]);
            }
            g.cases(r, random.nextInt(3) == 0 ? Math.max(0, cases[r] - random.nextInt(3)) : cases[r]);
            int[] rs = new int[categories];
            int[] qs = new int[categories];
            for (int k = 0; k < categories; k++) {
                rs[k] = r;
                qs[k] = k + 1;
            }
            g.line(r, 0, rs, qs);
        }
        for (int q = 0; q <= categories; q++) {
            g.sensitive[q] = true;
            for (int d = 0; d < dimensions; d++) {
                int[] qs = new int[cells[d].length];
                Arrays.fill(qs, q);
                g.line(0, q, cells[d], qs);
            }
        }

        g.suppress(threshold);

        for (int r = 0; r < rows; r++) {
            for (int q = 0; q <= categories; q++) {
                boolean small = values[r][q] >= 1 && values[r][q] < threshold;
                boolean fewCases = g.cases[r][q] >= 1 && g.cases[r][q] < threshold;
                if (small || fewCases) {
                    assertThat(g.hidden(r, q))
                            .as("seed %d: row %d quantity %d", seed, r, q)
                            .isTrue();
                }
            }
        }
        for (int[] line : g.lines) {
            long withheld = Arrays.stream(line)
                    .filter(m -> g.hidden(m / g.quantities, m % g.quantities))
                    .count();
            assertThat(withheld).as("seed %d: withheld members of a line", seed).isNotEqualTo(1);
        }
    }

    private static void add(long[][] values, long[] cases, int row, int category) {
        values[row][0]++;
        values[row][category]++;
        cases[row]++;
    }

    // ---- political reports of random cases ---------------------------------------------------------------------

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void report_politicalOfRandomCases_smallCountsAndWhatDerivesFromThemWithheld(long seed) {
        int threshold = 2 + Math.floorMod(seed, 7);
        MetricsAggregator aggregator = MetricsAggregator.of(CONFIG);
        new RandomCases(seed).cases(25 + Math.floorMod(seed, 40)).forEach(c -> aggregator.add(c, ENGINE));
        MetricsReport admin = aggregator.report(ReportProfile.ADMINISTRATIVE);
        MetricsReport political = aggregator.report(ReportProfile.political(threshold));

        assertThat(political.profile().suppressionThreshold()).isEqualTo(threshold);
        int withheld = 0;
        for (IndicatorResult p : political.indicators()) {
            IndicatorResult a = admin.getIndicator(p.id());
            String where = "seed " + seed + ", " + p.id();
            assertThat(p.breakdowns()).as(where).noneMatch(b -> b.dimension() == Dimension.CASEWORKER);
            List<IndicatorValue> pv = all(p);
            List<IndicatorValue> av = all(a);
            for (int i = 0; i < pv.size(); i++) {
                String at = where + " " + pv.get(i).key();
                if (p.kind() == IndicatorKind.DAYS) {
                    withheld += checkDays(at, threshold, av.get(i), pv.get(i));
                } else {
                    withheld += checkValue(at, threshold, av.get(i), pv.get(i));
                }
            }
            if (p.kind() == IndicatorKind.DAYS) {
                continue;
            }
            List<List<IndicatorValue>> groups = new ArrayList<>();
            for (Breakdown b : p.breakdowns()) {
                groups.add(b.cells());
            }
            if (!p.monthly().isEmpty()) {
                groups.add(p.monthly());
            }
            List<List<IndicatorValue>> adminGroups = new ArrayList<>();
            for (Breakdown b : p.breakdowns()) {
                adminGroups.add(a.findBreakdown(b.dimension()).orElseThrow().cells());
            }
            if (!a.monthly().isEmpty()) {
                adminGroups.add(a.monthly());
            }
            for (int g = 0; g < groups.size(); g++) {
                checkBreakdown(where, a.overall(), p.overall(), adminGroups.get(g), groups.get(g));
            }
        }
        assertThat(withheld)
                .as("seed %d: the report should have had something to withhold", seed)
                .isPositive();
        checkIdentities("seed " + seed, admin, political);
    }
}
