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
    private final CellCounts[][] byId;
    /** The overall cell's accumulator; null until an observation comes. */
    private CellCounts overall;

    /** The cells of the observation being added: overall, then one per dimension. */
    private final CellCounts[] current;
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
        this.byId = new CellCounts[dims.length][];
        for (int i = 0; i < dims.length; i++) {
            byId[i] = new CellCounts[16];
        }
        this.current = new CellCounts[dims.length + 1];
    }

    /**
     * Finds (and marks as touched by the current unit) the cells of an observation: overall and the cell of each of
     * the indicator's dimensions, in {@link #current}; returns how many.
     */
    private int cellsOf(Keys keys) {
        CellCounts all = overall;
        if (all == null) {
            all = new CellCounts();
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
    private CellCounts accOf(int dimension, int id) {
        CellCounts[] row = byId[dimension];
        if (id >= row.length) {
            row = Arrays.copyOf(row, Math.max(id + 1, row.length * 2));
            byId[dimension] = row;
        }
        CellCounts acc = row[id];
        if (acc == null) {
            acc = new CellCounts();
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
            current[i].n[CellCounts.UNITS] += 1;
        }
    }

    private CellCounts touch(CellCounts acc) {
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

        private CellCounts[] accs = new CellCounts[64];
        private int size;

        private void add(CellCounts acc) {
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
    private CellCounts accOf(Cell cell) {
        if (cell.dimension() == null) {
            if (overall == null) {
                overall = new CellCounts();
            }
            return overall;
        }
        int i = dimensions.indexOf(cell.dimension());
        return i < 0 ? new CellCounts() : accOf(i, ids.id(cell.dimension(), cell.key()));
    }

    void merge(Tally other) {
        for (Map.Entry<Cell, CellCounts> e : other.cells().entrySet()) {
            mergeCell(e.getKey(), e.getValue());
        }
    }

    /** Adds the counts of an accumulator to a cell. */
    void mergeCell(Cell cell, CellCounts acc) {
        accOf(cell).merge(acc);
    }

    /** The accumulator of a cell; an empty one if nothing touched it. */
    CellCounts get(Cell cell) {
        CellCounts acc = null;
        if (cell.dimension() == null) {
            acc = overall;
        } else {
            int i = dimensions.indexOf(cell.dimension());
            int id = i < 0 ? KeyIds.NONE : ids.find(cell.dimension(), cell.key());
            if (id >= 0 && id < byId[i].length) {
                acc = byId[i][id];
            }
        }
        return acc == null ? new CellCounts() : acc;
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
    Map<Cell, CellCounts> cells() {
        Map<Cell, CellCounts> cells = new HashMap<>();
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
}
