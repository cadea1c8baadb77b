package dk.fremdrift.metrics;

import static dk.fremdrift.metrics.Fixtures.CONFIG;
import static dk.fremdrift.metrics.Fixtures.ENGINE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.LongStream;
import java.util.stream.Stream;
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

    private static final List<Function<IndicatorValue, Optional<? extends Number>>> ADDITIVE = List.of(
            IndicatorValue::count,
            IndicatorValue::denominator,
            IndicatorValue::censored,
            IndicatorValue::excluded,
            IndicatorValue::exposureDays);
    private static final List<String> NAMES = List.of("count", "denominator", "censored", "excluded", "exposureDays");

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

    /**
     * Indicators that count the same units: where one shows a number that is a sum of another's, never exactly one
     * member of the sum is withheld, so no indicator's withheld count is recovered from another's.
     */
    private static void checkIdentities(String where, MetricsReport admin, MetricsReport political) {
        identities(where + " all", admin, political, null, IndicatorValue.ALL);
        for (Breakdown b : admin.getIndicator(Indicators.NOTIFICATIONS_RECEIVED).breakdowns()) {
            if (b.dimension() != Dimension.CASEWORKER) {
                for (IndicatorValue v : b.cells()) {
                    identities(where + " " + v.key(), admin, political, b.dimension(), v.key());
                }
            }
        }
        for (IndicatorValue m :
                admin.getIndicator(Indicators.NOTIFICATIONS_RECEIVED).monthly()) {
            identities(where + " " + m.key(), admin, political, Dimension.MONTH, m.key());
        }
        // The assigned open cases are the cases of the caseworkers.
        long assigned = Stream.of(
                        hidden(admin, political, Indicators.OPEN_CASES_UNASSIGNED, IndicatorValue::count),
                        hidden(admin, political, Indicators.CASELOAD_MEAN, IndicatorValue::count))
                .filter(h -> h)
                .count();
        assertThat(assigned).as(where + ": assigned open cases").isNotEqualTo(1);
        for (String id : List.of(Indicators.MANAGEMENT_REVIEW_COVERAGE, Indicators.OPEN_CASES_UNASSIGNED)) {
            assertThat(hidden(admin, political, id, IndicatorValue::denominator))
                    .as(where + ": open cases in " + id)
                    .isEqualTo(hidden(admin, political, Indicators.STALLED_CASES, IndicatorValue::denominator));
        }
        IndicatorValue distribution =
                political.getIndicator(Indicators.CASELOAD_DISTRIBUTION).overall();
        long above = Stream.of("31-35", "36-40", "41+")
                        .filter(k -> distribution
                                .findCategory(k)
                                .orElseThrow()
                                .count()
                                .isEmpty())
                        .count()
                + (hidden(admin, political, Indicators.CASELOAD_ABOVE_RECOMMENDED, IndicatorValue::count) ? 1 : 0);
        assertThat(above).as(where + ": caseworkers above 30").isNotEqualTo(1);
    }

    private static void identities(
            String where, MetricsReport admin, MetricsReport political, Dimension d, String key) {
        boolean received = hidden(admin, political, Indicators.NOTIFICATIONS_RECEIVED, d, key, IndicatorValue::count);
        boolean repeat =
                hidden(admin, political, Indicators.REPEAT_NOTIFICATIONS_12M, d, key, IndicatorValue::denominator);
        assertThat(repeat).as(where + ": received = repeat denominator").isEqualTo(received);
        long assessed = Stream.of(
                        received,
                        hidden(
                                admin,
                                political,
                                Indicators.ASSESSMENT_24H_ON_TIME,
                                d,
                                key,
                                IndicatorValue::denominator),
                        hidden(admin, political, Indicators.ASSESSMENT_24H_ON_TIME, d, key, IndicatorValue::censored),
                        hidden(admin, political, Indicators.ASSESSMENT_24H_ON_TIME, d, key, IndicatorValue::excluded))
                .filter(h -> h)
                .count();
        assertThat(assessed).as(where + ": received = assessment population").isNotEqualTo(1);
    }

    private static boolean hidden(
            MetricsReport admin,
            MetricsReport political,
            String id,
            Function<IndicatorValue, Optional<? extends Number>> field) {
        return hidden(admin, political, id, null, IndicatorValue.ALL, field);
    }

    /** Whether a number the administrative report shows is withheld from the political one. */
    private static boolean hidden(
            MetricsReport admin,
            MetricsReport political,
            String id,
            Dimension d,
            String key,
            Function<IndicatorValue, Optional<? extends Number>> field) {
        Optional<IndicatorValue> a = cellOf(admin, id, d, key);
        Optional<IndicatorValue> p = cellOf(political, id, d, key);
        return a.isPresent()
                && field.apply(a.get()).isPresent()
                && field.apply(p.orElseThrow()).isEmpty();
    }

    private static Optional<IndicatorValue> cellOf(MetricsReport report, String id, Dimension d, String key) {
        IndicatorResult r = report.getIndicator(id);
        return d == null ? Optional.of(r.overall()) : r.findBreakdown(d).flatMap(b -> b.findCell(key));
    }

    private static List<IndicatorValue> all(IndicatorResult r) {
        List<IndicatorValue> values = new ArrayList<>();
        values.add(r.overall());
        for (Breakdown b : r.breakdowns()) {
            if (b.dimension() != Dimension.CASEWORKER) {
                values.addAll(b.cells());
            }
        }
        values.addAll(r.monthly());
        return values;
    }

    /** Days: politicians see the median and 90th percentile only, and only of enough cases and observations. */
    private static int checkDays(String where, int threshold, IndicatorValue admin, IndicatorValue political) {
        assertThat(political.count()).as(where).isEmpty();
        assertThat(political.censored()).as(where).isEmpty();
        assertThat(political.excluded()).as(where).isEmpty();
        long n = admin.count().orElseThrow();
        long cases = admin.cases().orElseThrow();
        boolean enough = n >= threshold && cases >= threshold;
        assertThat(political.median().isPresent())
                .as(where + ": median of " + n + " in " + cases + " cases")
                .isEqualTo(enough && admin.median().isPresent());
        assertThat(political.p90()).as(where).isEqualTo(enough ? admin.p90() : Optional.empty());
        return political.median().isEmpty() && admin.median().isPresent() ? 1 : 0;
    }

    /** Checks one value against its administrative twin; returns the number of numbers withheld. */
    private static int checkValue(String where, int threshold, IndicatorValue admin, IndicatorValue political) {
        assertThat(political.key()).as(where).isEqualTo(admin.key());
        assertThat(political.cases())
                .as(where + ": cases are not shown to politicians")
                .isEmpty();
        long adminCases = admin.cases().orElseThrow();
        boolean fewCases = adminCases >= 1 && adminCases < threshold;
        int withheld = 0;
        for (int f = 0; f < ADDITIVE.size(); f++) {
            Optional<? extends Number> a = ADDITIVE.get(f).apply(admin);
            Optional<? extends Number> p = ADDITIVE.get(f).apply(political);
            if (p.isPresent()) {
                assertThat(p.get())
                        .as(where + ": " + NAMES.get(f) + " shown as in the admin report")
                        .isEqualTo(a.get());
                assertThat(fewCases)
                        .as(where + ": a value of " + adminCases + " cases is withheld whole")
                        .isFalse();
                if (!NAMES.get(f).equals("exposureDays")) {
                    long v = p.get().longValue();
                    assertThat(v >= 1 && v < threshold)
                            .as(where + ": " + NAMES.get(f) + " " + v + " shown")
                            .isFalse();
                }
            } else if (a.isPresent()) {
                withheld++;
                assertThat(political.suppression()).as(where).isNotEqualTo(Suppression.NONE);
            }
        }
        // What derives from a withheld count is withheld with it.
        boolean countWithheld = admin.count().isPresent() && political.count().isEmpty();
        boolean denominatorWithheld =
                admin.denominator().isPresent() && political.denominator().isEmpty();
        boolean exposureWithheld =
                admin.exposureDays().isPresent() && political.exposureDays().isEmpty();
        if (countWithheld || denominatorWithheld || exposureWithheld) {
            assertThat(political.value().isPresent() && admin.categories().isEmpty())
                    .as(where + ": value derived from a withheld count")
                    .isFalse();
            assertThat(political.ci95Lower()).as(where).isEmpty();
            assertThat(political.median()).as(where).isEmpty();
            assertThat(political.p90()).as(where).isEmpty();
        }
        if (political.count().isPresent()
                && political.denominator().isPresent()
                && admin.ci95Lower().isPresent()) {
            long notMet = political.denominator().get() - political.count().get();
            assertThat(notMet >= 1 && notMet < threshold)
                    .as(where + ": denominator - numerator = " + notMet + " shown")
                    .isFalse();
        }
        for (int k = 0; k < admin.categories().size(); k++) {
            CategoryCount a = admin.categories().get(k);
            CategoryCount p = political.categories().get(k);
            if (p.count().isPresent()) {
                long v = p.count().get();
                assertThat(v >= 1 && v < threshold)
                        .as(where + ": category " + a.key() + " " + v)
                        .isFalse();
                assertThat(v).isEqualTo(a.count().orElseThrow());
            } else {
                withheld++;
                assertThat(p.share()).as(where).isEmpty();
                assertThat(p.suppression()).as(where).isNotEqualTo(Suppression.NONE);
            }
        }
        if (!admin.categories().isEmpty()) {
            // The categories add up to the value's total: never exactly one of them withheld.
            long hidden = political.categories().stream()
                    .filter(c -> c.count().isEmpty())
                    .count();
            hidden += political.count().isEmpty() ? 1 : 0;
            assertThat(hidden)
                    .as(where + ": withheld among a total and its categories")
                    .isNotEqualTo(1);
        }
        return withheld;
    }

    /** For every additive number, the total minus the cells shown must not reveal a single withheld cell. */
    private static void checkBreakdown(
            String where,
            IndicatorValue adminTotal,
            IndicatorValue total,
            List<IndicatorValue> adminCells,
            List<IndicatorValue> cells) {
        for (int f = 0; f < ADDITIVE.size(); f++) {
            Function<IndicatorValue, Optional<? extends Number>> field = ADDITIVE.get(f);
            if (field.apply(adminTotal).isEmpty()) {
                continue;
            }
            int hidden = field.apply(total).isEmpty() ? 1 : 0;
            for (int c = 0; c < cells.size(); c++) {
                if (field.apply(adminCells.get(c)).isPresent()
                        && field.apply(cells.get(c)).isEmpty()) {
                    hidden++;
                }
            }
            assertThat(hidden)
                    .as(where + ": withheld " + NAMES.get(f) + " among a total and its cells")
                    .isNotEqualTo(1);
        }
        for (int k = 0; k < adminTotal.categories().size(); k++) {
            int hidden = total.categories().get(k).count().isEmpty() ? 1 : 0;
            for (IndicatorValue cell : cells) {
                hidden += cell.categories().get(k).count().isEmpty() ? 1 : 0;
            }
            assertThat(hidden)
                    .as(where + ": withheld category "
                            + adminTotal.categories().get(k).key())
                    .isNotEqualTo(1);
        }
    }
}
