package dk.fremdrift.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Small-cell suppression on hand-built grids, threshold 5. */
class SuppressorTest {

    /** One quantity: an overall row and cells that add up to it, each with as many cases as its count. */
    private static Suppressor breakdown(long... cells) {
        Suppressor g = new Suppressor(cells.length + 1, 1);
        long total = 0;
        int[] rows = new int[cells.length];
        for (int i = 0; i < cells.length; i++) {
            g.set(i + 1, 0, cells[i]);
            g.cases(i + 1, cells[i]);
            total += cells[i];
            rows[i] = i + 1;
        }
        g.set(0, 0, total);
        g.cases(0, total);
        g.sensitive[0] = true;
        g.line(0, 0, rows, new int[cells.length]);
        return g;
    }

    @Test
    void suppress_oneSmallCell_smallestPositiveOtherCellHiddenToo() {
        Suppressor g = breakdown(3, 7, 10);

        g.suppress(5);

        // 3 alone could be recovered as 20 - 7 - 10; 7 is withheld with it.
        assertThat(g.mark(1, 0, g.quantities)).isEqualTo(Suppression.PRIMARY);
        assertThat(g.mark(2, 0, g.quantities)).isEqualTo(Suppression.COMPLEMENTARY);
        assertThat(g.mark(3, 0, g.quantities)).isEqualTo(Suppression.NONE);
        assertThat(g.mark(0, 0, g.quantities)).isEqualTo(Suppression.NONE);
    }

    @Test
    void suppress_twoSmallCells_noComplementNeeded() {
        Suppressor g = breakdown(3, 2, 10);

        g.suppress(5);

        assertThat(g.mark(1, 0, g.quantities)).isEqualTo(Suppression.PRIMARY);
        assertThat(g.mark(2, 0, g.quantities)).isEqualTo(Suppression.PRIMARY);
        assertThat(g.mark(3, 0, g.quantities)).isEqualTo(Suppression.NONE);
    }

    @Test
    void suppress_zeroCells_shownAndPreferredLastAsComplement() {
        Suppressor g = breakdown(0, 3, 0, 9);

        g.suppress(5);

        // 0 identifies no child and is shown; the complement of 3 is 9, not a zero.
        assertThat(g.mark(1, 0, g.quantities)).isEqualTo(Suppression.NONE);
        assertThat(g.mark(2, 0, g.quantities)).isEqualTo(Suppression.PRIMARY);
        assertThat(g.mark(3, 0, g.quantities)).isEqualTo(Suppression.NONE);
        assertThat(g.mark(4, 0, g.quantities)).isEqualTo(Suppression.COMPLEMENTARY);
    }

    @Test
    void suppress_onlyZerosLeft_aZeroIsTheComplement() {
        Suppressor g = breakdown(0, 3);

        g.suppress(5);

        // total 3 is itself small and withheld, so the 3 has two withheld members in its line already.
        assertThat(g.mark(0, 0, g.quantities)).isEqualTo(Suppression.PRIMARY);
        assertThat(g.mark(2, 0, g.quantities)).isEqualTo(Suppression.PRIMARY);
        assertThat(g.mark(1, 0, g.quantities)).isEqualTo(Suppression.NONE);
    }

    @Test
    void suppress_singleCellBreakdown_totalWithheldToo() {
        // A breakdown of one cell: the cell is the total, so the total goes with it.
        Suppressor g = new Suppressor(2, 1);
        g.set(0, 0, 40);
        g.cases(0, 40);
        g.set(1, 0, 40);
        g.cases(1, 3); // a cell of three children with forty units
        g.sensitive[0] = true;
        g.line(0, 0, new int[] {1}, new int[] {0});

        g.suppress(5);

        assertThat(g.mark(1, 0, g.quantities)).isEqualTo(Suppression.PRIMARY);
        assertThat(g.mark(0, 0, g.quantities)).isEqualTo(Suppression.COMPLEMENTARY);
    }

    @Test
    void suppress_proportionWithFewLate_numeratorWithheldDenominatorShown() {
        // met 38, not met 2, denominator 40: the 2 late are derivable from 40 - 38, so 38 goes too.
        Suppressor g = new Suppressor(1, 3);
        g.set(0, 0, 38);
        g.set(0, 1, 2);
        g.set(0, 2, 40);
        g.cases(0, 40);
        g.sensitive[0] = true;
        g.sensitive[1] = true;
        g.sensitive[2] = true;
        g.line(0, 2, new int[] {0, 0}, new int[] {0, 1});

        g.suppress(5);

        assertThat(g.hidden(0, 1)).isTrue();
        assertThat(g.hidden(0, 0)).isTrue();
        assertThat(g.hidden(0, 2)).isFalse();
        assertThat(g.mark(0, 0)).isEqualTo(Suppression.COMPLEMENTARY);
        assertThat(g.mark(0, 0, g.quantities)).isEqualTo(Suppression.PRIMARY);
    }

    @Test
    void suppress_fewCasesManyUnits_wholeRowWithheld() {
        // Ten notifications about two children: the count is large, the children few.
        Suppressor g = breakdown(10, 30);
        g.cases(1, 2);

        g.suppress(5);

        assertThat(g.mark(1, 0, g.quantities)).isEqualTo(Suppression.PRIMARY);
        assertThat(g.mark(2, 0, g.quantities)).isEqualTo(Suppression.COMPLEMENTARY);
    }

    @Test
    void suppress_complementCascadesAcrossLines_noLineLeftWithOneWithheld() {
        // Two breakdowns share the total; the complement chosen in one must not open the other.
        Suppressor g = new Suppressor(5, 1);
        long[] v = {20, 3, 17, 10, 10};
        for (int r = 0; r < 5; r++) {
            g.set(r, 0, v[r]);
            g.cases(r, v[r]);
        }
        g.sensitive[0] = true;
        g.line(0, 0, new int[] {1, 2}, new int[] {0, 0});
        g.line(0, 0, new int[] {3, 4}, new int[] {0, 0});

        g.suppress(5);

        // 3 and 17 withheld in the first breakdown; the second has nothing small, so it is left alone.
        assertThat(g.hidden(1, 0)).isTrue();
        assertThat(g.hidden(2, 0)).isTrue();
        assertThat(g.hidden(3, 0)).isFalse();
        assertThat(g.hidden(4, 0)).isFalse();
        assertThat(g.hidden(0, 0)).isFalse();
    }
}
