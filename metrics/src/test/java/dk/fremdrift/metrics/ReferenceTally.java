package dk.fremdrift.metrics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The counters of one indicator: one accumulator per cell (overall, and one per key of each of the indicator's
 * dimensions), each counting the distinct cases that touched it. Mergeable by adding; memory grows with the number
 * of cells (teams, caseworkers, months, age bands, kinds), never with the number of cases.
 *
 * <p><b>Test reference.</b> This is the class as it was before the second performance pass (commit 2134876), renamed
 * and otherwise unchanged: {@code CaseMeasuresProperties} checks that the aggregation gives exactly what this one
 * gives. Do not change it.
 */
final class ReferenceTally {

    private final List<Dimension> dimensions;
    private final Map<Cell, Acc> cells = new HashMap<>();
    /**
     * The same accumulators as {@link #cells}, by dimension (in the order of {@link #dimensions}) and key, so that
     * an observation finds its cells without making a {@link Cell}; the overall cell apart.
     */
    private final List<Map<String, Acc>> byDimension = new ArrayList<>();

    private Acc overall;
    /**
     * By dimension, the key last looked up and its accumulator: a case's observations mostly share a team, a
     * caseworker and an age band, and the same key object finds the same accumulator, which is never replaced.
     */
    private final String[] lastKey;

    private final Acc[] lastAcc;
    /** The accumulators the current unit touched, each once: those whose mark is {@link #unit}. */
    private final List<Acc> touched = new ArrayList<>();
    /** The number of the current unit (case), to mark the accumulators it touched. */
    private long unit = 1;

    ReferenceTally(List<Dimension> dimensions) {
        this.dimensions = List.copyOf(dimensions);
        for (int i = 0; i < this.dimensions.size(); i++) {
            byDimension.add(new HashMap<>());
        }
        this.lastKey = new String[this.dimensions.size()];
        this.lastAcc = new Acc[this.dimensions.size()];
    }

    /** Adds an observation to the overall cell and to the cell of each of the indicator's dimensions. */
    void observe(Keys keys, Consumer<Acc> update) {
        if (overall == null) {
            overall = accOf(Cell.OVERALL);
        }
        update.accept(touch(overall));
        for (int i = 0; i < dimensions.size(); i++) {
            Dimension d = dimensions.get(i);
            String key = keys.get(d);
            if (key == null) {
                throw new IllegalStateException(
                        "no " + d + " key for an observation of an indicator with that" + " dimension");
            }
            Acc acc;
            if (key == lastKey[i]) {
                acc = lastAcc[i];
            } else {
                acc = byDimension.get(i).get(key);
                if (acc == null) {
                    acc = accOf(new Cell(d, key));
                }
                lastKey[i] = key;
                lastAcc[i] = acc;
            }
            update.accept(touch(acc));
        }
    }

    /** The accumulator of a cell, added empty if the cell has none yet; kept in both indexes. */
    private Acc accOf(Cell cell) {
        Acc acc = cells.get(cell);
        if (acc == null) {
            acc = new Acc();
            cells.put(cell, acc);
            if (cell.dimension() == null) {
                overall = acc;
            } else {
                int i = dimensions.indexOf(cell.dimension());
                if (i >= 0) {
                    byDimension.get(i).put(cell.key(), acc);
                }
            }
        }
        return acc;
    }

    private Acc touch(Acc acc) {
        if (acc.touchedBy != unit) {
            acc.touchedBy = unit;
            touched.add(acc);
        }
        return acc;
    }

    /** Ends one case: every cell it touched counts one more case. */
    void endCase() {
        endUnit(1);
    }

    /** Ends one unit that stands for the given number of cases: every cell it touched counts that many more. */
    void endUnit(long cases) {
        for (int i = 0; i < touched.size(); i++) {
            touched.get(i).cases += cases;
        }
        touched.clear();
        unit++;
    }

    void merge(ReferenceTally other) {
        for (Map.Entry<Cell, Acc> e : other.cells.entrySet()) {
            accOf(e.getKey()).merge(e.getValue());
        }
    }

    /** The accumulator of a cell; an empty one if nothing touched it. */
    Acc get(Cell cell) {
        Acc acc = cells.get(cell);
        return acc == null ? new Acc() : acc;
    }

    /** The keys observed in a dimension. */
    Set<String> keys(Dimension dimension) {
        Set<String> keys = new HashSet<>();
        for (Cell c : cells.keySet()) {
            if (c.dimension() == dimension) {
                keys.add(c.key());
            }
        }
        return keys;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ReferenceTally t && dimensions.equals(t.dimensions) && cells.equals(t.cells);
    }

    @Override
    public int hashCode() {
        return cells.hashCode();
    }

    @Override
    public String toString() {
        Map<String, String> sorted = new TreeMap<>();
        cells.forEach((cell, acc) -> sorted.put(cell.toString(), acc.toString()));
        return sorted.toString();
    }

    /** A cell: overall ({@code dimension} null) or one key of one dimension. */
    record Cell(Dimension dimension, String key) {
        static final Cell OVERALL = new Cell(null, IndicatorValue.ALL);

        Cell {
            Objects.requireNonNull(key, "key");
        }

        // Written out, as a record's would be, because a cell is looked up for every observation.
        @Override
        public boolean equals(Object obj) {
            return obj instanceof Cell c && dimension == c.dimension && key.equals(c.key);
        }

        @Override
        public int hashCode() {
            return 31 * Objects.hashCode(dimension) + key.hashCode();
        }

        @Override
        public String toString() {
            return (dimension == null ? "ALL" : dimension.name()) + "/" + key;
        }
    }

    /** The keys of one observation in each dimension; null where the observation has none. */
    record Keys(String team, String caseworker, String ageBand, String kind, String month) {

        String get(Dimension d) {
            return switch (d) {
                case TEAM -> team;
                case CASEWORKER -> caseworker;
                case AGE_BAND -> ageBand;
                case INTERVENTION_KIND -> kind;
                case MONTH -> month;
            };
        }

        Keys withKind(String kind) {
            return new Keys(team, caseworker, ageBand, kind, month);
        }
    }

    /** The counters of one cell. The slots mean different things by kind; see the constants. */
    static final class Acc {
        /** PROPORTION: units meeting the measure. COUNT: the count. MEAN: the sum. RATE: the events. */
        static final int MET = 0;
        /** PROPORTION: units judged and not meeting it. MEAN: the units. RATE: the exposure days. */
        static final int NOT_MET = 1;
        /** PROPORTION, DAYS: units too recent to judge. */
        static final int CENSORED = 2;
        /** PROPORTION, DAYS: units left out. */
        static final int EXCLUDED = 3;

        static final int COUNT = MET;
        static final int SUM = MET;
        static final int UNITS = NOT_MET;
        static final int EVENTS = MET;
        static final int EXPOSURE = NOT_MET;

        long cases;
        /** The unit that last touched this accumulator; bookkeeping of {@link ReferenceTally}, not a count. */
        long touchedBy;

        final long[] n = new long[4];
        /** DAYS: observations by number of days. */
        TreeMap<Integer, Long> days;
        /** DISTRIBUTION: counts by category. */
        TreeMap<String, Long> categories;
        /** MEAN of measured values: their exact sum. */
        BigDecimal sum = BigDecimal.ZERO;

        void add(int slot, long amount) {
            n[slot] += amount;
        }

        void addDays(int value) {
            if (days == null) {
                days = new TreeMap<>();
            }
            days.merge(value, 1L, Long::sum);
        }

        void addCategory(String category) {
            if (categories == null) {
                categories = new TreeMap<>();
            }
            categories.merge(category, 1L, Long::sum);
        }

        void addSum(BigDecimal value) {
            sum = sum.add(value);
        }

        long category(String key) {
            return categories == null ? 0 : categories.getOrDefault(key, 0L);
        }

        long observations() {
            return days == null
                    ? 0
                    : days.values().stream().mapToLong(Long::longValue).sum();
        }

        void merge(Acc o) {
            cases += o.cases;
            for (int i = 0; i < n.length; i++) {
                n[i] += o.n[i];
            }
            if (o.days != null) {
                o.days.forEach((k, v) -> {
                    if (days == null) {
                        days = new TreeMap<>();
                    }
                    days.merge(k, v, Long::sum);
                });
            }
            if (o.categories != null) {
                o.categories.forEach((k, v) -> {
                    if (categories == null) {
                        categories = new TreeMap<>();
                    }
                    categories.merge(k, v, Long::sum);
                });
            }
            sum = sum.add(o.sum);
        }

        @Override
        public boolean equals(Object obj) {
            return obj instanceof Acc a
                    && cases == a.cases
                    && Arrays.equals(n, a.n)
                    && Objects.equals(empty(days), empty(a.days))
                    && Objects.equals(empty(categories), empty(a.categories))
                    && sum.compareTo(a.sum) == 0;
        }

        private static <K> Map<K, Long> empty(Map<K, Long> map) {
            return map == null ? Map.of() : map;
        }

        @Override
        public int hashCode() {
            return Objects.hash(cases, Arrays.hashCode(n), empty(days), empty(categories), sum.stripTrailingZeros());
        }

        @Override
        public String toString() {
            return "cases=" + cases + ", n=" + Arrays.toString(n) + (days == null ? "" : ", days=" + days)
                    + (categories == null ? "" : ", categories=" + categories)
                    + (sum.signum() == 0 ? "" : ", sum=" + sum.toPlainString());
        }
    }
}
