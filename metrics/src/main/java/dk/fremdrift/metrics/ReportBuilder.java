package dk.fremdrift.metrics;

import static dk.fremdrift.metrics.Tally.Acc.CENSORED;
import static dk.fremdrift.metrics.Tally.Acc.COUNT;
import static dk.fremdrift.metrics.Tally.Acc.EVENTS;
import static dk.fremdrift.metrics.Tally.Acc.EXCLUDED;
import static dk.fremdrift.metrics.Tally.Acc.EXPOSURE;
import static dk.fremdrift.metrics.Tally.Acc.MET;
import static dk.fremdrift.metrics.Tally.Acc.NOT_MET;
import static dk.fremdrift.metrics.Tally.Acc.SUM;
import static dk.fremdrift.metrics.Tally.Acc.UNITS;

import dk.fremdrift.metrics.Tally.Acc;
import dk.fremdrift.metrics.Tally.Cell;
import dk.fremdrift.model.InterventionKind;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Makes a report from the state of an aggregation: values, breakdowns, monthly series and suppression.
 *
 * <p>Indicators that count the same units form a family and are suppressed in one grid (see {@link Suppressor}),
 * tied by the identities between them: the notifications received are the 24-hour assessment's population and the
 * repeat indicator's denominator; the interventions started are the first follow-up's population; the open cases
 * are the population of the stalled, review and unassigned indicators, and the caseworkers of the three caseload
 * indicators are the same.
 */
final class ReportBuilder {

    // Quantities of one indicator's block in the grid, by kind.
    private static final int P_MET = 0;
    private static final int P_NOT_MET = 1;
    private static final int P_DENOMINATOR = 2;
    private static final int P_CENSORED = 3;
    private static final int P_EXCLUDED = 4;
    private static final int D_OBSERVATIONS = 0;
    private static final int D_CENSORED = 1;
    private static final int D_EXCLUDED = 2;
    private static final int M_SUM = 0;
    private static final int M_UNITS = 1;
    private static final int R_EVENTS = 0;
    private static final int R_EXPOSURE = 1;
    private static final int T_TOTAL = 0;

    private static final double DAYS_PER_YEAR = 365.0;

    private static final List<List<String>> FAMILIES = List.of(
            List.of(
                    Indicators.NOTIFICATIONS_RECEIVED,
                    Indicators.NOTIFICATIONS_PER_CHILD,
                    Indicators.REPEAT_NOTIFICATIONS_12M,
                    Indicators.ASSESSMENT_24H_ON_TIME),
            List.of(Indicators.FIRST_FOLLOW_UP_ON_TIME, Indicators.INTERVENTION_MIX_STARTED),
            List.of(
                    Indicators.STALLED_CASES,
                    Indicators.MANAGEMENT_REVIEW_COVERAGE,
                    Indicators.OPEN_CASES_UNASSIGNED,
                    Indicators.CASELOAD_MEAN,
                    Indicators.CASELOAD_DISTRIBUTION,
                    Indicators.CASELOAD_ABOVE_RECOMMENDED));

    private final State state;
    private final ReportProfile profile;
    private final boolean political;
    private final int threshold;
    private final Map<String, Tally> caseload;
    private final List<String> months;

    private ReportBuilder(State state, ReportProfile profile) {
        this.state = state;
        this.profile = profile;
        this.political = profile.isPolitical();
        this.threshold = profile.suppressionThreshold();
        this.caseload = CaseMeasures.caseload(state);
        LocalDate lastDay = state.config.lastDayCounted();
        List<String> ms = new ArrayList<>();
        for (YearMonth m = YearMonth.from(state.config.period().startInclusive());
                !m.isAfter(YearMonth.from(lastDay));
                m = m.plusMonths(1)) {
            ms.add(m.toString());
        }
        this.months = List.copyOf(ms);
    }

    static MetricsReport build(State state, ReportProfile profile, Budget budget) {
        return new ReportBuilder(state, profile).build(budget);
    }

    private MetricsReport build(Budget budget) {
        List<IndicatorDefinition> definitions = state.definitions;
        Map<String, IndicatorDefinition> byId = new LinkedHashMap<>();
        for (IndicatorDefinition d : definitions) {
            byId.put(d.id(), d);
        }
        Map<String, IndicatorResult> results = new HashMap<>();
        Set<String> done = new TreeSet<>();
        for (List<String> family : FAMILIES) {
            results.putAll(family(family.stream().map(byId::get).toList()));
            done.addAll(family);
        }
        for (IndicatorDefinition d : definitions) {
            if (!done.contains(d.id())) {
                results.putAll(family(List.of(d)));
            }
        }
        List<IndicatorResult> ordered = new ArrayList<>();
        for (IndicatorDefinition d : definitions) {
            ordered.add(results.get(d.id()));
        }
        BudgetReport full = state.budget.report(budget);
        Optional<BudgetReport> budgetReport;
        if (!political) {
            budgetReport = Optional.of(full);
        } else if (small(full.total().interventions())) {
            budgetReport = Optional.empty();
        } else {
            budgetReport =
                    Optional.of(new BudgetReport(full.budgetYear(), full.total(), List.of(), List.of(), Map.of()));
        }
        return new MetricsReport(
                state.config.asOf(),
                state.config.zone().getId(),
                state.config.period(),
                profile,
                small(state.cases) ? Optional.empty() : Optional.of(state.cases),
                definitions,
                ordered,
                budgetReport);
    }

    private boolean small(long count) {
        return political && count >= 1 && count < threshold;
    }

    private Tally tally(String id) {
        return caseload.containsKey(id) ? caseload.get(id) : state.tally(id);
    }

    // ---- one family of indicators ------------------------------------------------------------------------------

    /** One indicator's columns in the grid. */
    private static final class Block {
        final IndicatorDefinition definition;
        final Tally tally;
        final int offset;
        final int size;
        /** The grid row of each present cell, or -1. */
        final int[] rowOf;

        Block(IndicatorDefinition definition, Tally tally, int offset, int rows) {
            this.definition = definition;
            this.tally = tally;
            this.offset = offset;
            this.size = quantities(definition);
            this.rowOf = new int[rows];
        }

        private final Map<Dimension, Set<String>> keys = new HashMap<>();

        int q(int quantity) {
            return offset + quantity;
        }

        Set<String> keys(Dimension dimension) {
            return keys.computeIfAbsent(dimension, tally::keys);
        }
    }

    private Map<String, IndicatorResult> family(List<IndicatorDefinition> members) {
        // Rows: overall, then the cells of every dimension any member has, keys in report order.
        List<Cell> rows = new ArrayList<>();
        rows.add(Cell.OVERALL);
        Map<Dimension, List<Integer>> rowsOf = new LinkedHashMap<>();
        for (Dimension dim : Dimension.values()) {
            if (political && dim == Dimension.CASEWORKER) {
                continue;
            }
            Set<String> keys = new TreeSet<>();
            boolean any = false;
            for (IndicatorDefinition d : members) {
                if (d.hasDimension(dim)) {
                    any = true;
                    keys.addAll(dim == Dimension.MONTH ? months : tally(d.id()).keys(dim));
                }
            }
            if (!any) {
                continue;
            }
            List<Integer> indices = new ArrayList<>();
            for (String key : dim == Dimension.MONTH ? months : sorted(dim, keys)) {
                indices.add(rows.size());
                rows.add(new Cell(dim, key));
            }
            rowsOf.put(dim, indices);
        }
        // Blocks: one per member, with its quantities present in the rows it has.
        List<Block> blocks = new ArrayList<>();
        int width = 0;
        for (IndicatorDefinition d : members) {
            Block b = new Block(d, tally(d.id()), width, rows.size());
            blocks.add(b);
            width += b.size;
        }
        Suppressor g = new Suppressor(rows.size(), width);
        List<List<Acc>> accs = new ArrayList<>();
        for (Block b : blocks) {
            List<Acc> a = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                Cell cell = rows.get(r);
                boolean present = cell.dimension() == null
                        || (b.definition.hasDimension(cell.dimension())
                                && (cell.dimension() == Dimension.MONTH
                                        || b.keys(cell.dimension()).contains(cell.key())));
                b.rowOf[r] = present ? r : -1;
                Acc acc = b.tally.get(cell);
                a.add(acc);
                if (present) {
                    fill(g, b, r, acc);
                }
            }
            accs.add(a);
            columnLines(g, b, rowsOf);
        }
        familyLines(g, blocks, rows.size());
        if (political) {
            g.suppress(threshold);
        }
        Map<String, IndicatorResult> out = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            out.put(blocks.get(i).definition.id(), result(blocks.get(i), rows, rowsOf, accs.get(i), g));
        }
        return out;
    }

    private IndicatorResult result(
            Block b, List<Cell> rows, Map<Dimension, List<Integer>> rowsOf, List<Acc> accs, Suppressor g) {
        IndicatorDefinition d = b.definition;
        IndicatorValue overall = value(b, rows.get(0).key(), accs.get(0), g, 0);
        List<Breakdown> breakdowns = new ArrayList<>();
        List<IndicatorValue> monthly = List.of();
        for (Dimension dim : d.dimensions()) {
            if (!rowsOf.containsKey(dim)) {
                continue;
            }
            List<IndicatorValue> cells = new ArrayList<>();
            for (int r : rowsOf.get(dim)) {
                if (b.rowOf[r] >= 0) {
                    cells.add(value(b, rows.get(r).key(), accs.get(r), g, r));
                }
            }
            if (dim == Dimension.MONTH) {
                monthly = cells;
            } else {
                breakdowns.add(new Breakdown(dim, cells));
            }
        }
        return new IndicatorResult(d.id(), d.kind(), overall, breakdowns, monthly);
    }

    private static List<String> sorted(Dimension dim, Set<String> keys) {
        Comparator<String> order = switch (dim) {
            case AGE_BAND -> Comparator.comparingInt(CaseMeasures.AGE_BANDS::indexOf);
            case INTERVENTION_KIND ->
                Comparator.comparingInt(k -> InterventionKind.valueOf(k).ordinal());
            default ->
                Comparator.comparing((String k) -> k.equals(Dimension.UNASSIGNED))
                        .thenComparing(Comparator.naturalOrder());
        };
        return keys.stream().sorted(order).toList();
    }

    // ---- the grid ----------------------------------------------------------------------------------------------

    private static int quantities(IndicatorDefinition d) {
        return switch (d.kind()) {
            case PROPORTION -> 5;
            case DAYS -> 3;
            case COUNT -> 1;
            case MEAN, RATE -> 2;
            case DISTRIBUTION -> d.categories().size() + 1;
        };
    }

    /** Sets one indicator's quantities of a row, and the lines within the row. */
    private void fill(Suppressor g, Block b, int r, Acc a) {
        IndicatorDefinition d = b.definition;
        switch (d.kind()) {
            case PROPORTION -> {
                g.set(r, b.q(P_MET), a.n[MET]);
                g.set(r, b.q(P_NOT_MET), a.n[NOT_MET]);
                g.set(r, b.q(P_DENOMINATOR), a.n[MET] + a.n[NOT_MET]);
                g.set(r, b.q(P_CENSORED), a.n[CENSORED]);
                g.set(r, b.q(P_EXCLUDED), a.n[EXCLUDED]);
                g.line(r, b.q(P_DENOMINATOR), new int[] {r, r}, new int[] {b.q(P_MET), b.q(P_NOT_MET)});
            }
            case DAYS -> {
                g.set(r, b.q(D_OBSERVATIONS), a.observations());
                g.set(r, b.q(D_CENSORED), a.n[CENSORED]);
                g.set(r, b.q(D_EXCLUDED), a.n[EXCLUDED]);
            }
            case COUNT -> g.set(r, b.q(T_TOTAL), a.n[COUNT]);
            case MEAN -> {
                if (!measuredMean(d)) {
                    g.set(r, b.q(M_SUM), a.n[SUM]);
                }
                g.set(r, b.q(M_UNITS), a.n[UNITS]);
            }
            case RATE -> {
                g.set(r, b.q(R_EVENTS), a.n[EVENTS]);
                g.set(r, b.q(R_EXPOSURE), a.n[EXPOSURE]);
            }
            case DISTRIBUTION -> {
                int k = d.categories().size();
                int[] rs = new int[k];
                int[] qs = new int[k];
                long total = 0;
                for (int i = 0; i < k; i++) {
                    long count = a.category(d.categories().get(i));
                    g.set(r, b.q(1 + i), count);
                    total += count;
                    rs[i] = r;
                    qs[i] = b.q(1 + i);
                }
                g.set(r, b.q(T_TOTAL), total);
                g.line(r, b.q(T_TOTAL), rs, qs);
            }
            default -> throw new IllegalStateException("unreachable: " + d.kind());
        }
        for (int q = 0; q < b.size; q++) {
            g.cases[r][b.q(q)] = a.cases;
            // Exposure days are not a count of children; the number of cases protects them.
            g.sensitive[b.q(q)] = !(d.kind() == IndicatorKind.RATE && q == R_EXPOSURE);
        }
    }

    /** For each quantity and dimension of an indicator: its cells add up to its overall value. */
    private void columnLines(Suppressor g, Block b, Map<Dimension, List<Integer>> rowsOf) {
        if (political && b.definition.kind() == IndicatorKind.DAYS) {
            return; // no counts of days are shown to politicians, so none can be subtracted
        }
        for (Dimension dim : b.definition.dimensions()) {
            if (!rowsOf.containsKey(dim)) {
                continue;
            }
            List<Integer> present =
                    rowsOf.get(dim).stream().filter(r -> b.rowOf[r] >= 0).toList();
            int[] rs = present.stream().mapToInt(Integer::intValue).toArray();
            for (int q = 0; q < b.size; q++) {
                int[] qs = new int[rs.length];
                Arrays.fill(qs, b.q(q));
                g.line(0, b.q(q), rs, qs);
            }
        }
    }

    /** The identities between the indicators of a family. */
    private void familyLines(Suppressor g, List<Block> blocks, int rows) {
        Map<String, Block> by = new HashMap<>();
        for (Block b : blocks) {
            by.put(b.definition.id(), b);
        }
        Block received = by.get(Indicators.NOTIFICATIONS_RECEIVED);
        if (received != null) {
            Block repeat = by.get(Indicators.REPEAT_NOTIFICATIONS_12M);
            Block assessed = by.get(Indicators.ASSESSMENT_24H_ON_TIME);
            Block perChild = by.get(Indicators.NOTIFICATIONS_PER_CHILD);
            for (int r = 0; r < rows; r++) {
                equal(g, r, received, T_TOTAL, repeat, P_DENOMINATOR);
                sum(g, r, received, T_TOTAL, assessed, P_DENOMINATOR, P_CENSORED, P_EXCLUDED);
            }
            equal(g, 0, received, T_TOTAL, perChild, M_SUM);
        }
        Block started = by.get(Indicators.INTERVENTION_MIX_STARTED);
        if (started != null) {
            Block followUp = by.get(Indicators.FIRST_FOLLOW_UP_ON_TIME);
            for (int r = 0; r < rows; r++) {
                sum(g, r, started, T_TOTAL, followUp, P_DENOMINATOR, P_CENSORED, P_EXCLUDED);
            }
        }
        Block stalled = by.get(Indicators.STALLED_CASES);
        if (stalled != null) {
            Block reviewed = by.get(Indicators.MANAGEMENT_REVIEW_COVERAGE);
            Block unassigned = by.get(Indicators.OPEN_CASES_UNASSIGNED);
            Block mean = by.get(Indicators.CASELOAD_MEAN);
            Block distribution = by.get(Indicators.CASELOAD_DISTRIBUTION);
            Block above = by.get(Indicators.CASELOAD_ABOVE_RECOMMENDED);
            for (int r = 0; r < rows; r++) {
                equal(g, r, stalled, P_DENOMINATOR, reviewed, P_DENOMINATOR);
                equal(g, r, stalled, P_DENOMINATOR, unassigned, P_DENOMINATOR);
                equal(g, r, distribution, T_TOTAL, mean, M_UNITS);
                equal(g, r, distribution, T_TOTAL, above, P_DENOMINATOR);
                caseloadBuckets(g, r, distribution, above);
            }
            // The assigned open cases are the cases of the caseworkers.
            equal(g, 0, unassigned, P_NOT_MET, mean, M_SUM);
        }
    }

    /** The caseworkers above the recommendation are the buckets above it, when it is a bucket's upper bound. */
    private void caseloadBuckets(Suppressor g, int r, Block distribution, Block above) {
        if (distribution.rowOf[r] < 0 || above.rowOf[r] < 0) {
            return;
        }
        int recommended = state.config.recommendedCaseload();
        int[] lower = Indicators.CASELOAD_LOWER_BOUNDS;
        int split = -1;
        for (int i = 1; i < lower.length; i++) {
            if (lower[i] == recommended + 1) {
                split = i;
            }
        }
        if (split < 0) {
            return;
        }
        int[] high = new int[lower.length - split];
        int[] low = new int[split];
        for (int i = 0; i < lower.length; i++) {
            if (i < split) {
                low[i] = distribution.q(1 + i);
            } else {
                high[i - split] = distribution.q(1 + i);
            }
        }
        g.line(r, above.q(P_MET), rowsOf(r, high.length), high);
        g.line(r, above.q(P_NOT_MET), rowsOf(r, low.length), low);
    }

    private static int[] rowsOf(int r, int n) {
        int[] rs = new int[n];
        Arrays.fill(rs, r);
        return rs;
    }

    private static void equal(Suppressor g, int r, Block a, int qa, Block b, int qb) {
        if (a != null && b != null && a.rowOf[r] >= 0 && b.rowOf[r] >= 0) {
            g.line(r, a.q(qa), new int[] {r}, new int[] {b.q(qb)});
        }
    }

    private static void sum(Suppressor g, int r, Block a, int qa, Block b, int... qbs) {
        if (a != null && b != null && a.rowOf[r] >= 0 && b.rowOf[r] >= 0) {
            int[] qs = new int[qbs.length];
            for (int i = 0; i < qbs.length; i++) {
                qs[i] = b.q(qbs[i]);
            }
            g.line(r, a.q(qa), rowsOf(r, qs.length), qs);
        }
    }

    /**
     * Whether a mean is of measured values ({@link Observations#value}, summed exactly, the sum not shown), as
     * {@link Indicators#GOAL_PROGRESS} and every mean of one's own are; {@link Indicators#NOTIFICATIONS_PER_CHILD} and
     * {@link Indicators#CASELOAD_MEAN} are means of counts, whose sums (notifications, open cases) are shown and
     * suppressed as counts.
     */
    private static boolean measuredMean(IndicatorDefinition d) {
        return !d.id().equals(Indicators.NOTIFICATIONS_PER_CHILD) && !d.id().equals(Indicators.CASELOAD_MEAN);
    }

    // ---- values ------------------------------------------------------------------------------------------------

    private IndicatorValue value(Block b, String key, Acc a, Suppressor g, int r) {
        IndicatorDefinition d = b.definition;
        Optional<Long> cases = political ? Optional.empty() : Optional.of(a.cases);
        Optional<Double> value = Optional.empty();
        Optional<Long> count = Optional.empty();
        Optional<Long> denominator = Optional.empty();
        Optional<Long> exposure = Optional.empty();
        Optional<Long> censored = Optional.empty();
        Optional<Long> excluded = Optional.empty();
        Optional<Double> lower = Optional.empty();
        Optional<Double> upper = Optional.empty();
        Optional<Integer> median = Optional.empty();
        Optional<Integer> p90 = Optional.empty();
        List<CategoryCount> categories = new ArrayList<>();
        switch (d.kind()) {
            case PROPORTION -> {
                long met = a.n[MET];
                long judged = a.n[MET] + a.n[NOT_MET];
                count = shown(g, r, b.q(P_MET), met);
                denominator = shown(g, r, b.q(P_DENOMINATOR), judged);
                censored = shown(g, r, b.q(P_CENSORED), a.n[CENSORED]);
                excluded = shown(g, r, b.q(P_EXCLUDED), a.n[EXCLUDED]);
                if (judged > 0 && count.isPresent() && denominator.isPresent()) {
                    double[] ci = Stats.wilson(met, judged);
                    value = Optional.of((double) met / judged);
                    lower = Optional.of(ci[0]);
                    upper = Optional.of(ci[1]);
                }
            }
            case DAYS -> {
                long observations = a.observations();
                if (!political) {
                    count = Optional.of(observations);
                    censored = Optional.of(a.n[CENSORED]);
                    excluded = Optional.of(a.n[EXCLUDED]);
                }
                if (observations > 0 && !g.hidden(r, b.q(D_OBSERVATIONS))) {
                    int m = Stats.percentile(a.days, 50);
                    median = Optional.of(m);
                    p90 = Optional.of(Stats.percentile(a.days, 90));
                    value = Optional.of((double) m);
                }
            }
            case COUNT -> {
                count = shown(g, r, b.q(T_TOTAL), a.n[COUNT]);
                value = count.map(Long::doubleValue);
            }
            case MEAN -> {
                long units = a.n[UNITS];
                denominator = shown(g, r, b.q(M_UNITS), units);
                boolean measured = measuredMean(d);
                if (!measured) {
                    count = shown(g, r, b.q(M_SUM), a.n[SUM]);
                }
                boolean hidden = denominator.isEmpty() || (!measured && count.isEmpty());
                if (units > 0 && !hidden) {
                    BigDecimal sum = measured ? a.sum : BigDecimal.valueOf(a.n[SUM]);
                    value = Optional.of(sum.divide(BigDecimal.valueOf(units), MathContext.DECIMAL64)
                            .doubleValue());
                }
            }
            case RATE -> {
                long events = a.n[EVENTS];
                long days = a.n[EXPOSURE];
                count = shown(g, r, b.q(R_EVENTS), events);
                exposure = shown(g, r, b.q(R_EXPOSURE), days);
                if (days > 0 && count.isPresent() && exposure.isPresent()) {
                    value = Optional.of(events * DAYS_PER_YEAR / days);
                }
            }
            case DISTRIBUTION -> {
                long total = g.value[r][b.q(T_TOTAL)];
                count = shown(g, r, b.q(T_TOTAL), total);
                value = count.map(Long::doubleValue);
                for (int i = 0; i < d.categories().size(); i++) {
                    int q = b.q(1 + i);
                    long c = g.value[r][q];
                    boolean hidden = g.hidden(r, q);
                    Optional<Double> share = total > 0 && !hidden && count.isPresent()
                            ? Optional.of((double) c / total)
                            : Optional.empty();
                    categories.add(new CategoryCount(
                            d.categories().get(i), hidden ? Optional.empty() : Optional.of(c), share, g.mark(r, q)));
                }
            }
            default -> throw new IllegalStateException("unreachable: " + d.kind());
        }
        return new IndicatorValue(
                key,
                g.mark(r, b.offset, b.offset + b.size),
                cases,
                value,
                count,
                denominator,
                exposure,
                censored,
                excluded,
                lower,
                upper,
                median,
                p90,
                categories);
    }

    private static Optional<Long> shown(Suppressor g, int r, int q, long v) {
        return g.hidden(r, q) ? Optional.empty() : Optional.of(v);
    }
}
