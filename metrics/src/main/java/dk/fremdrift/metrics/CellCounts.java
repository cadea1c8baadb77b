package dk.fremdrift.metrics;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The counters of one cell of a {@link Tally}. The slots mean different things by kind; see the constants. Counted
 * into arrays while the cases come (days below {@link #DENSE_DAYS} by number, categories by position in the
 * definition), moved into sorted maps when read.
 */
final class CellCounts {
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
        if (pendingNames != names) { // also when none are pending: the two fields are null together
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

    void merge(CellCounts o) {
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
        return obj instanceof CellCounts a
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
        return Objects.hash(cases, Arrays.hashCode(n), empty(days()), empty(categories()), sum.stripTrailingZeros());
    }

    @Override
    public String toString() {
        return "cases=" + cases + ", n=" + Arrays.toString(n) + (days() == null ? "" : ", days=" + days)
                + (categories() == null ? "" : ", categories=" + categories)
                + (sum.signum() == 0 ? "" : ", sum=" + sum.toPlainString());
    }
}
