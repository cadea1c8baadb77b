package dk.fremdrift.metrics;

import java.math.BigDecimal;
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
 */
final class Tally {

    private final List<Dimension> dimensions;
    private final Map<Cell, Acc> cells = new HashMap<>();
    private final Set<Cell> touched = new HashSet<>();

    Tally(List<Dimension> dimensions) {
        this.dimensions = List.copyOf(dimensions);
    }

    /** Adds an observation to the overall cell and to the cell of each of the indicator's dimensions. */
    void observe(Keys keys, Consumer<Acc> update) {
        update.accept(touch(Cell.OVERALL));
        for (Dimension d : dimensions) {
            String key = keys.get(d);
            if (key == null) {
                throw new IllegalStateException(
                        "no " + d + " key for an observation of an indicator with that" + " dimension");
            }
            update.accept(touch(new Cell(d, key)));
        }
    }

    private Acc touch(Cell cell) {
        touched.add(cell);
        return cells.computeIfAbsent(cell, k -> new Acc());
    }

    /** Ends one case: every cell it touched counts one more case. */
    void endCase() {
        endUnit(1);
    }

    /** Ends one unit that stands for the given number of cases: every cell it touched counts that many more. */
    void endUnit(long cases) {
        for (Cell cell : touched) {
            cells.get(cell).cases += cases;
        }
        touched.clear();
    }

    void merge(Tally other) {
        for (Map.Entry<Cell, Acc> e : other.cells.entrySet()) {
            cells.computeIfAbsent(e.getKey(), k -> new Acc()).merge(e.getValue());
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
        return obj instanceof Tally t && dimensions.equals(t.dimensions) && cells.equals(t.cells);
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
