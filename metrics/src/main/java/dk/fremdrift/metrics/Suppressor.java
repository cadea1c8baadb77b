package dk.fremdrift.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Small-cell suppression of one indicator: a grid of rows (the overall value and every cell of every breakdown) by
 * quantities (the additive counts a value is made of), and the linear relations a reader could use to recover a
 * withheld count: each line says that its first member is the sum of the others, within a row (a denominator is
 * numerator plus not-met; a distribution's total is the sum of its categories) or across rows (a breakdown's cells
 * add up to the overall value).
 *
 * <p>Indicators that count the same units (notifications received, judged for the 24 hours and checked for repeats)
 * share one grid, with lines that tie their quantities together, so that one indicator's withheld count cannot be
 * recovered from another's.
 *
 * <p>Primary suppression withholds every quantity that describes from 1 to {@code threshold - 1} cases, and every
 * sensitive quantity from 1 to {@code threshold - 1}. Complementary suppression then repeats until no
 * line has exactly one withheld member, since such a member is its line's sum minus the members shown; each time it
 * withholds the smallest positive member shown (a zero only if no positive one is shown, the sum only if no other
 * member is shown), so that what is withheld together is not small. It ends, since each round withholds more.
 */
final class Suppressor {

    static final byte SHOWN = 0;
    static final byte PRIMARY = 1;
    static final byte COMPLEMENTARY = 2;

    final int rows;
    final int quantities;
    final long[][] value;
    final boolean[][] present;
    /** The number of cases behind each quantity of each row: the quantities of several indicators share a row. */
    final long[][] cases;

    final boolean[] sensitive;
    final byte[][] state;
    /** Each line: members encoded as {@code row * quantities + quantity}; the first is the sum of the others. */
    final List<int[]> lines = new ArrayList<>();

    Suppressor(int rows, int quantities) {
        this.rows = rows;
        this.quantities = quantities;
        this.value = new long[rows][quantities];
        this.present = new boolean[rows][quantities];
        this.cases = new long[rows][quantities];
        this.sensitive = new boolean[quantities];
        this.state = new byte[rows][quantities];
    }

    void set(int row, int quantity, long v) {
        value[row][quantity] = v;
        present[row][quantity] = true;
    }

    /** Sets the number of cases behind every quantity of a row. */
    void cases(int row, long n) {
        Arrays.fill(cases[row], n);
    }

    /** Adds the relation {@code sum = parts...}; members not present are left out. */
    void line(int sumRow, int sumQuantity, int[] partRows, int[] partQuantities) {
        List<Integer> members = new ArrayList<>();
        if (!present[sumRow][sumQuantity]) {
            return;
        }
        members.add(sumRow * quantities + sumQuantity);
        for (int i = 0; i < partRows.length; i++) {
            if (present[partRows[i]][partQuantities[i]]) {
                members.add(partRows[i] * quantities + partQuantities[i]);
            }
        }
        if (members.size() >= 2) {
            lines.add(members.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    boolean hidden(int row, int quantity) {
        return state[row][quantity] != SHOWN;
    }

    /** Withholds as described in the class comment. */
    void suppress(int threshold) {
        for (int r = 0; r < rows; r++) {
            for (int q = 0; q < quantities; q++) {
                boolean fewCases = cases[r][q] >= 1 && cases[r][q] < threshold;
                long v = value[r][q];
                boolean small = sensitive[q] && v >= 1 && v < threshold;
                if (present[r][q] && (fewCases || small)) {
                    state[r][q] = PRIMARY;
                }
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[] line : lines) {
                int withheld = 0;
                for (int m : line) {
                    withheld += state[m / quantities][m % quantities] != SHOWN ? 1 : 0;
                }
                if (withheld == 1) {
                    int pick = complement(line);
                    state[pick / quantities][pick % quantities] = COMPLEMENTARY;
                    changed = true;
                }
            }
        }
    }

    private int complement(int[] line) {
        int best = -1;
        for (int i = 1; i < line.length; i++) {
            int m = line[i];
            if (state[m / quantities][m % quantities] != SHOWN) {
                continue;
            }
            if (best < 0 || better(value(m), value(best))) {
                best = m;
            }
        }
        return best >= 0 ? best : line[0];
    }

    /** A positive value beats zero; among positives, and among zeros, the smaller wins. */
    private static boolean better(long candidate, long current) {
        if ((candidate > 0) != (current > 0)) {
            return candidate > 0;
        }
        return candidate < current;
    }

    private long value(int member) {
        return value[member / quantities][member % quantities];
    }

    /**
     * The mark of one indicator's quantities {@code [from, to)} of a row: primary if any is withheld primarily, else
     * complementary if any is.
     */
    Suppression mark(int row, int from, int to) {
        Suppression mark = Suppression.NONE;
        for (int q = from; q < to; q++) {
            if (state[row][q] == PRIMARY) {
                return Suppression.PRIMARY;
            }
            if (state[row][q] == COMPLEMENTARY) {
                mark = Suppression.COMPLEMENTARY;
            }
        }
        return mark;
    }

    Suppression mark(int row, int quantity) {
        return switch (state[row][quantity]) {
            case PRIMARY -> Suppression.PRIMARY;
            case COMPLEMENTARY -> Suppression.COMPLEMENTARY;
            default -> Suppression.NONE;
        };
    }
}
