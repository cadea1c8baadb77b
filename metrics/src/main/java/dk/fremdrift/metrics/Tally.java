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

/**
 * The counters of one indicator: one accumulator per cell (overall, and one per key of each of the indicator's
 * dimensions), each counting the distinct cases that touched it. Mergeable by adding; memory grows with the number
 * of cells (teams, caseworkers, months, age bands, kinds), never with the number of cases.
 */
final class Tally {

    private final List<Dimension> dimensions;
    private final Dimension[] dims;
    /** The ordinals of {@link #dims}, to read an observation's keys without a switch on the enum. */
    private final int[] dimOrdinals;

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
    /** The accumulators the current unit touched, shared with the other tallies of the aggregation. */
    private final Touched touched;

    /** A tally of its own: its units are ended by {@link #endUnit}. */
    Tally(List<Dimension> dimensions, KeyIds ids) {
        this(dimensions, ids, new Touched());
    }

    /**
     * A tally whose units are ended together with those of the other tallies sharing {@code touched}, by {@link
     * Touched#end}: a case then visits only the cells it touched, not every tally.
     */
    Tally(List<Dimension> dimensions, KeyIds ids, Touched touched) {
        this.touched = touched;
        this.dimensions = List.copyOf(dimensions);
        this.dims = this.dimensions.toArray(Dimension[]::new);
        this.dimOrdinals = new int[dims.length];
        for (int i = 0; i < dims.length; i++) {
            dimOrdinals[i] = dims[i].ordinal();
        }
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
            int id = keys.get(dimOrdinals[i]);
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
            current[i].addCategory(category, 1);
        }
    }

    /**
     * Counts an observation in every cell of the observation, in the category at a position of the definition's
     * categories: counted by position, named when read.
     */
    void addCategory(Keys keys, List<String> categories, int index) {
        int n = cellsOf(keys);
        for (int i = 0; i < n; i++) {
            current[i].addCategory(categories, index);
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
        if (acc.touchedBy != touched.unit) {
            acc.touchedBy = touched.unit;
            touched.add(acc);
        }
        return acc;
    }

    /**
     * Ends one unit that stands for the given number of cases: every cell it touched, in this tally and in those
     * sharing its {@link Touched}, counts that many more.
     */
    void endUnit(long cases) {
        touched.end(cases);
    }

    /**
     * The accumulators the unit (case) being added has touched, each once: those whose mark is {@link #unit}. One
     * list for all the tallies of an aggregation, so that ending a case costs the cells it touched only.
     */
    static final class Touched {
        /** The number of the current unit, to mark the accumulators it touched; 0 is no unit's. */
        private long unit = 1;

        private Acc[] accs = new Acc[64];
        private int size;

        private void add(Acc acc) {
            if (size == accs.length) {
                accs = Arrays.copyOf(accs, 2 * size);
            }
            accs[size++] = acc;
        }

        /** Ends the unit: every accumulator it touched counts the given number of cases more. */
        void end(long cases) {
            for (int i = 0; i < size; i++) {
                accs[i].cases += cases;
                accs[i] = null;
            }
            size = 0;
            unit++;
        }
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
            return get(d.ordinal());
        }

        /** The key number in the dimension with an ordinal ({@link Dimension#ordinal()}). */
        int get(int ordinal) {
            return switch (ordinal) {
                case 0 -> team;
                case 1 -> caseworker;
                case 2 -> ageBand;
                case 3 -> kind;
                case 4 -> month;
                default -> throw new IllegalArgumentException("no dimension with ordinal " + ordinal);
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
        /**
         * DAYS: observations by number of days, of the numbers below {@link #DENSE_DAYS} since {@link #days()} last
         * moved them into {@link #days}; null until one comes. Counting into an array spares a tree look-up and a
         * boxed number per observation and cell.
         */
        private long[] denseDays;
        /** DAYS: observations by number of days; read through {@link #days()}, which adds the dense ones. */
        private TreeMap<Integer, Long> days;
        /**
         * DISTRIBUTION: counts by the position of the category in {@link #pendingNames} since {@link #categories()}
         * last moved them into {@link #categories}; null until one comes.
         */
        private long[] pendingCategories;

        private List<String> pendingNames;
        /** DISTRIBUTION: counts by category; read through {@link #categories()}, which adds the pending ones. */
        private TreeMap<String, Long> categories;
        /** MEAN of measured values: their exact sum. */
        BigDecimal sum = BigDecimal.ZERO;

        /** The numbers of days counted in an array rather than in the tree (a deadline's days fall below it). */
        static final int DENSE_DAYS = 512;

        void add(int slot, long amount) {
            n[slot] += amount;
        }

        void addDays(int value) {
            if (value < DENSE_DAYS) {
                if (denseDays == null || value >= denseDays.length) {
                    int size = Math.min(DENSE_DAYS, Math.max(32, Integer.highestOneBit(value) * 2));
                    denseDays = denseDays == null ? new long[size] : Arrays.copyOf(denseDays, size);
                }
                denseDays[value]++;
            } else {
                addDays(value, 1);
            }
        }

        /** Counts a number of days seen a number of times. */
        void addDays(int value, long observations) {
            if (days == null) {
                days = new TreeMap<>();
            }
            days.merge(value, observations, Long::sum);
        }

        /** Counts one observation in the category at a position of the definition's categories. */
        void addCategory(List<String> names, int index) {
            if (pendingCategories == null || pendingNames != names) {
                categories(); // moves counts kept under other names (never the case within one tally)
                pendingCategories = new long[names.size()];
                pendingNames = names;
            }
            pendingCategories[index]++;
        }

        /** Counts a category seen a number of times. */
        void addCategory(String category, long observations) {
            if (categories == null) {
                categories = new TreeMap<>();
            }
            categories.merge(category, observations, Long::sum);
        }

        void addSum(BigDecimal value) {
            sum = sum.add(value);
        }

        /** DAYS: the observations by number of days, in order; null if there are none. */
        TreeMap<Integer, Long> days() {
            if (denseDays != null) {
                for (int d = 0; d < denseDays.length; d++) {
                    if (denseDays[d] > 0) {
                        addDays(d, denseDays[d]);
                    }
                }
                denseDays = null;
            }
            return days;
        }

        /** DISTRIBUTION: the counts by category, in order of the names; null if there are none. */
        TreeMap<String, Long> categories() {
            if (pendingCategories != null) {
                for (int i = 0; i < pendingCategories.length; i++) {
                    if (pendingCategories[i] > 0) {
                        addCategory(pendingNames.get(i), pendingCategories[i]);
                    }
                }
                pendingCategories = null;
                pendingNames = null;
            }
            return categories;
        }

        long category(String key) {
            Map<String, Long> counts = categories();
            return counts == null ? 0 : counts.getOrDefault(key, 0L);
        }

        long observations() {
            Map<Integer, Long> counts = days();
            return counts == null
                    ? 0
                    : counts.values().stream().mapToLong(Long::longValue).sum();
        }

        void merge(Acc o) {
            cases += o.cases;
            for (int i = 0; i < n.length; i++) {
                n[i] += o.n[i];
            }
            Map<Integer, Long> otherDays = o.days();
            if (otherDays != null) {
                otherDays.forEach(this::addDays);
            }
            Map<String, Long> otherCategories = o.categories();
            if (otherCategories != null) {
                otherCategories.forEach(this::addCategory);
            }
            sum = sum.add(o.sum);
        }

        @Override
        public boolean equals(Object obj) {
            return obj instanceof Acc a
                    && cases == a.cases
                    && Arrays.equals(n, a.n)
                    && Objects.equals(empty(days()), empty(a.days()))
                    && Objects.equals(empty(categories()), empty(a.categories()))
                    && sum.compareTo(a.sum) == 0;
        }

        private static <K> Map<K, Long> empty(Map<K, Long> map) {
            return map == null ? Map.of() : map;
        }

        @Override
        public int hashCode() {
            return Objects.hash(
                    cases, Arrays.hashCode(n), empty(days()), empty(categories()), sum.stripTrailingZeros());
        }

        @Override
        public String toString() {
            return "cases=" + cases + ", n=" + Arrays.toString(n) + (days() == null ? "" : ", days=" + days)
                    + (categories() == null ? "" : ", categories=" + categories)
                    + (sum.signum() == 0 ? "" : ", sum=" + sum.toPlainString());
        }
    }
}
