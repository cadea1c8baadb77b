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

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The grid of one family of indicators that {@link Suppressor} withholds small cells in: a row per cell (overall,
 * then each breakdown's keys), a block of columns per indicator with its quantities (a proportion's met, not met,
 * denominator, censored and excluded; a rate's events and exposure; ...), and the lines that tie them: within a row
 * (met + not met = denominator), down a column (the cells of a breakdown add up to the overall value) and, in {@link
 * Families}, between the indicators of a family.
 */
final class ReportGrid {

    // Quantities of one indicator's block in the grid, by kind.
    static final int P_MET = 0;
    static final int P_NOT_MET = 1;
    static final int P_DENOMINATOR = 2;
    static final int P_CENSORED = 3;
    static final int P_EXCLUDED = 4;
    static final int D_OBSERVATIONS = 0;
    static final int D_CENSORED = 1;
    static final int D_EXCLUDED = 2;
    static final int M_SUM = 0;
    static final int M_UNITS = 1;
    static final int R_EVENTS = 0;
    static final int R_EXPOSURE = 1;
    static final int T_TOTAL = 0;

    private final State state;
    private final boolean political;

    ReportGrid(State state, boolean political) {
        this.state = state;
        this.political = political;
    }

    /** One indicator's columns in the grid. */
    static final class Block {
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

    static int quantities(IndicatorDefinition d) {
        return switch (d.kind()) {
            case PROPORTION -> 5;
            case DAYS -> 3;
            case COUNT -> 1;
            case MEAN, RATE -> 2;
            case DISTRIBUTION -> d.categories().size() + 1;
        };
    }

    /** Sets one indicator's quantities of a row, and the lines within the row. */
    void fill(Suppressor g, Block b, int r, CellCounts a) {
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
    void columnLines(Suppressor g, Block b, Map<Dimension, List<Integer>> rowsOf) {
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

    static int[] rowsOf(int r, int n) {
        int[] rs = new int[n];
        Arrays.fill(rs, r);
        return rs;
    }

    static void equal(Suppressor g, int r, Block a, int qa, Block b, int qb) {
        if (a != null && b != null && a.rowOf[r] >= 0 && b.rowOf[r] >= 0) {
            g.line(r, a.q(qa), new int[] {r}, new int[] {b.q(qb)});
        }
    }

    static void sum(Suppressor g, int r, Block a, int qa, Block b, int... qbs) {
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
     * {@link Indicators#GOAL_PROGRESS} is; a mean of counts ({@link Indicator#meanOfCounts()}, such as {@link
     * Indicators#NOTIFICATIONS_PER_CHILD}, and {@link Indicators#CASELOAD_MEAN}) shows its sum (notifications, open
     * cases), suppressed as a count.
     */
    boolean measuredMean(IndicatorDefinition d) {
        return !state.meansOfCounts.contains(d.id());
    }
}
