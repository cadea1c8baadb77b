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

/**
 * The counters of one indicator: one accumulator per cell (overall, and one per key of each of the indicator's
 * dimensions), each counting the distinct cases that touched it. Mergeable by adding; memory grows with the number
 * of cells (teams, caseworkers, months, age bands, kinds), never with the number of cases.
 */
final class Tally {

    private final List<Dimension> dimensions;
    private final Dimension[] dims;
    private final KeyIds ids;
    /**
     * The accumulators of the cells by dimension (in the order of {@link #dimensions}) and key number ({@link
     * KeyIds}), so that an observation finds its cells without a hash look-up; null where no observation has come.
     */
    private final Acc[][] byId;
    /** The overall cell's accumulator; null until an observation comes. */
    private Acc overall;

    /** The cells of the observation being added: overall, then one per dimension. */
    private final Acc[] current;
    /** The accumulators the current unit touched, each once: those whose mark is {@link #unit}. */
    private final List<Acc> touched = new ArrayList<>();
    /** The number of the current unit (case), to mark the accumulators it touched. */
    private long unit = 1;

    Tally(List<Dimension> dimensions, KeyIds ids) {
        this.dimensions = List.copyOf(dimensions);
        this.dims = this.dimensions.toArray(Dimension[]::new);
        this.ids = ids;
        this.byId = new Acc[dims.length][];
        for (int i = 0; i < dims.length; i++) {
            byId[i] = new Acc[16];
        }
        this.current = new Acc[dims.length + 1];
    }

    /**
     * Finds (and marks as touched by the current unit) the cells of an observation: overall and the cell of each of
     * the indicator's dimensions, in {@link #current}; returns how many.
     */
    private int cellsOf(Keys keys) {
        Acc all = overall;
        if (all == null) {
            all = new Acc();
            overall = all;
        }
        current[0] = touch(all);
        for (int i = 0; i < dims.length; i++) {
            int id = keys.get(dims[i]);
            if (id < 0) {
                throw new IllegalStateException(
                        "no " + dims[i] + " key for an observation of an indicator with that dimension");
            }
            current[i + 1] = touch(accOf(i, id));
        }
        return dims.length + 1;
    }

    /** The accumulator of a key number in the dimension with an index, added empty if there is none yet. */
    private Acc accOf(int dimension, int id) {
        Acc[] row = byId[dimension];
        if (id >= row.length) {
            row = Arrays.copyOf(row, Math.max(id + 1, row.length * 2));
            byId[dimension] = row;
        }
        Acc acc = row[id];
        if (acc == null) {
            acc = new Acc();
            row[id] = acc;
        }
        return acc;
    }

    /** Adds an amount to a slot of the overall cell and of the cell of each of the indicator's dimensions. */
    void add(Keys keys, int slot, long amount) {
        int n = cellsOf(keys);
        for (int i = 0; i < n; i++) {
            current[i].n[slot] += amount;
        }
    }

    /** Adds an amount to two slots of every cell of the observation: a sum and its units, say. */
    void add(Keys keys, int slot, long amount, int otherSlot, long otherAmount) {
        int n = cellsOf(keys);
        for (int i = 0; i < n; i++) {
            current[i].n[slot] += amount;
            current[i].n[otherSlot] += otherAmount;
        }
    }

    /** Counts an observation of a number of days in every cell of the observation. */
    void addDays(Keys keys, int days) {
        int n = cellsOf(keys);
        for (int i = 0; i < n; i++) {
            current[i].addDays(days);
        }
    }

    /** Counts an observation in a category in every cell of the observation. */
    void addCategory(Keys keys, String category) {
        int n = cellsOf(keys);
        for (int i = 0; i < n; i++) {
            current[i].addCategory(category);
        }
    }

    /** Adds a measured value to the exact sum, and one unit, in every cell of the observation. */
    void addMeasured(Keys keys, BigDecimal value) {
        int n = cellsOf(keys);
        for (int i = 0; i < n; i++) {
            current[i].addSum(value);
            current[i].n[Acc.UNITS] += 1;
        }
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

    /**
     * The accumulator of a cell, added empty if the cell has none yet. A cell of a dimension the indicator does not
     * have is kept nowhere (as before: no observation reaches it).
     */
    private Acc accOf(Cell cell) {
        if (cell.dimension() == null) {
            if (overall == null) {
                overall = new Acc();
            }
            return overall;
        }
        int i = dimensions.indexOf(cell.dimension());
        return i < 0 ? new Acc() : accOf(i, ids.id(cell.dimension(), cell.key()));
    }

    void merge(Tally other) {
        for (Map.Entry<Cell, Acc> e : other.cells().entrySet()) {
            mergeCell(e.getKey(), e.getValue());
        }
    }

    /** Adds the counts of an accumulator to a cell. */
    void mergeCell(Cell cell, Acc acc) {
        accOf(cell).merge(acc);
    }

    /** The accumulator of a cell; an empty one if nothing touched it. */
    Acc get(Cell cell) {
        Acc acc = null;
        if (cell.dimension() == null) {
            acc = overall;
        } else {
            int i = dimensions.indexOf(cell.dimension());
            int id = i < 0 ? KeyIds.NONE : ids.find(cell.dimension(), cell.key());
            if (id >= 0 && id < byId[i].length) {
                acc = byId[i][id];
            }
        }
        return acc == null ? new Acc() : acc;
    }

    /** The keys observed in a dimension. */
    Set<String> keys(Dimension dimension) {
        Set<String> keys = new HashSet<>();
        int i = dimensions.indexOf(dimension);
        if (i >= 0) {
            for (int id = 0; id < byId[i].length; id++) {
                if (byId[i][id] != null) {
                    keys.add(ids.key(dimension, id));
                }
            }
        }
        return keys;
    }

    /** Every cell an observation has reached, with its accumulator. */
    Map<Cell, Acc> cells() {
        Map<Cell, Acc> cells = new HashMap<>();
        if (overall != null) {
            cells.put(Cell.OVERALL, overall);
        }
        for (int i = 0; i < dims.length; i++) {
            for (int id = 0; id < byId[i].length; id++) {
                if (byId[i][id] != null) {
                    cells.put(new Cell(dims[i], ids.key(dims[i], id)), byId[i][id]);
                }
            }
        }
        return cells;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Tally t && dimensions.equals(t.dimensions) && cells().equals(t.cells());
    }

    @Override
    public int hashCode() {
        return cells().hashCode();
    }

    @Override
    public String toString() {
        Map<String, String> sorted = new TreeMap<>();
        cells().forEach((cell, acc) -> sorted.put(cell.toString(), acc.toString()));
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

    /**
     * The keys of one observation in each dimension, as their numbers in the aggregation's {@link KeyIds}; {@link
     * KeyIds#NONE} where the observation has none.
     */
    record Keys(int team, int caseworker, int ageBand, int kind, int month) {

        int get(Dimension d) {
            return switch (d) {
                case TEAM -> team;
                case CASEWORKER -> caseworker;
                case AGE_BAND -> ageBand;
                case INTERVENTION_KIND -> kind;
                case MONTH -> month;
            };
        }

        Keys withKind(int kind) {
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
        /** The unit that last touched this accumulator; bookkeeping of {@link Tally}, not a count. */
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
