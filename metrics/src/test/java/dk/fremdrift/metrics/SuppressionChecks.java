package dk.fremdrift.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The checks of a political report against the administrative one of the same cases: each value shown as in the
 * administrative report, and no withheld count recovered from a total and its other cells, nor from another
 * indicator of the same family.
 */
final class SuppressionChecks {

    private SuppressionChecks() {}

    static final List<Function<IndicatorValue, Optional<? extends Number>>> ADDITIVE = List.of(
            IndicatorValue::count,
            IndicatorValue::denominator,
            IndicatorValue::censored,
            IndicatorValue::excluded,
            IndicatorValue::exposureDays);
    static final List<String> NAMES = List.of("count", "denominator", "censored", "excluded", "exposureDays");

    /**
     * Indicators that count the same units: where one shows a number that is a sum of another's, never exactly one
     * member of the sum is withheld, so no indicator's withheld count is recovered from another's.
     */
    static void checkIdentities(String where, MetricsReport admin, MetricsReport political) {
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

    static void identities(String where, MetricsReport admin, MetricsReport political, Dimension d, String key) {
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

    static boolean hidden(
            MetricsReport admin,
            MetricsReport political,
            String id,
            Function<IndicatorValue, Optional<? extends Number>> field) {
        return hidden(admin, political, id, null, IndicatorValue.ALL, field);
    }

    /** Whether a number the administrative report shows is withheld from the political one. */
    static boolean hidden(
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

    static Optional<IndicatorValue> cellOf(MetricsReport report, String id, Dimension d, String key) {
        IndicatorResult r = report.getIndicator(id);
        return d == null ? Optional.of(r.overall()) : r.findBreakdown(d).flatMap(b -> b.findCell(key));
    }

    static List<IndicatorValue> all(IndicatorResult r) {
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
    static int checkDays(String where, int threshold, IndicatorValue admin, IndicatorValue political) {
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
    static int checkValue(String where, int threshold, IndicatorValue admin, IndicatorValue political) {
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
    static void checkBreakdown(
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
