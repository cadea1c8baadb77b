package dk.fremdrift.metrics;

import static dk.fremdrift.metrics.CellCounts.CENSORED;
import static dk.fremdrift.metrics.CellCounts.COUNT;
import static dk.fremdrift.metrics.CellCounts.EVENTS;
import static dk.fremdrift.metrics.CellCounts.EXCLUDED;
import static dk.fremdrift.metrics.CellCounts.EXPOSURE;
import static dk.fremdrift.metrics.CellCounts.MET;
import static dk.fremdrift.metrics.CellCounts.NOT_MET;
import static dk.fremdrift.metrics.CellCounts.SUM;
import static dk.fremdrift.metrics.CellCounts.UNITS;
import static dk.fremdrift.metrics.ReportGrid.D_OBSERVATIONS;
import static dk.fremdrift.metrics.ReportGrid.M_SUM;
import static dk.fremdrift.metrics.ReportGrid.M_UNITS;
import static dk.fremdrift.metrics.ReportGrid.P_CENSORED;
import static dk.fremdrift.metrics.ReportGrid.P_DENOMINATOR;
import static dk.fremdrift.metrics.ReportGrid.P_EXCLUDED;
import static dk.fremdrift.metrics.ReportGrid.P_MET;
import static dk.fremdrift.metrics.ReportGrid.R_EVENTS;
import static dk.fremdrift.metrics.ReportGrid.R_EXPOSURE;
import static dk.fremdrift.metrics.ReportGrid.T_TOTAL;

import dk.fremdrift.metrics.ReportGrid.Block;
import dk.fremdrift.metrics.Tally.Cell;
import dk.fremdrift.model.InterventionKind;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
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
 * <p>Indicators that count the same units form a family ({@link Families}) and are suppressed in one grid ({@link
 * ReportGrid}, {@link Suppressor}).
 */
final class ReportBuilder {

    private static final double DAYS_PER_YEAR = 365.0;

    private final State state;
    private final ReportProfile profile;
    private final boolean political;
    private final int threshold;
    private final Map<String, Tally> caseload;
    private final List<String> months;
    private final ReportGrid grid;

    private ReportBuilder(State state, ReportProfile profile) {
        this.state = state;
        this.profile = profile;
        this.political = profile.isPolitical();
        this.threshold = profile.suppressionThreshold();
        this.caseload = Caseload.tallies(state);
        this.grid = new ReportGrid(state, political);
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
        for (List<String> family : Families.FAMILIES) {
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
        List<List<CellCounts>> accs = new ArrayList<>();
        for (Block b : blocks) {
            List<CellCounts> a = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                Cell cell = rows.get(r);
                boolean present = cell.dimension() == null
                        || (b.definition.hasDimension(cell.dimension())
                                && (cell.dimension() == Dimension.MONTH
                                        || b.keys(cell.dimension()).contains(cell.key())));
                b.rowOf[r] = present ? r : -1;
                CellCounts acc = b.tally.get(cell);
                a.add(acc);
                if (present) {
                    grid.fill(g, b, r, acc);
                }
            }
            accs.add(a);
            grid.columnLines(g, b, rowsOf);
        }
        Families.familyLines(g, blocks, rows.size(), state.config.recommendedCaseload());
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
            Block b, List<Cell> rows, Map<Dimension, List<Integer>> rowsOf, List<CellCounts> accs, Suppressor g) {
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
            case AGE_BAND -> Comparator.comparingInt(AgeBands.NAMES::indexOf);
            case INTERVENTION_KIND ->
                Comparator.comparingInt(k -> InterventionKind.valueOf(k).ordinal());
            default ->
                Comparator.comparing((String k) -> k.equals(Dimension.UNASSIGNED))
                        .thenComparing(Comparator.naturalOrder());
        };
        return keys.stream().sorted(order).toList();
    }

    // ---- values ------------------------------------------------------------------------------------------------

    private IndicatorValue value(Block b, String key, CellCounts a, Suppressor g, int r) {
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
                    int m = Stats.percentile(a.days(), 50);
                    median = Optional.of(m);
                    p90 = Optional.of(Stats.percentile(a.days(), 90));
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
                boolean measured = grid.measuredMean(d);
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
