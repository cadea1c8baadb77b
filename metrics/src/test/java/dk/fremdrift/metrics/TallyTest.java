package dk.fremdrift.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dk.fremdrift.metrics.Tally.Cell;
import dk.fremdrift.metrics.Tally.Keys;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The counting structures of a tally that the differential tests reach only through whole cases. */
class TallyTest {

    private static final KeyIds IDS = new KeyIds(List.of(YearMonth.of(2026, 1), YearMonth.of(2026, 2)));

    @ParameterizedTest
    @EnumSource(Dimension.class)
    void keysReadTheFieldOfEachDimension(Dimension d) {
        Keys keys = new Keys(10, 11, 12, 13, 14);
        int expected = switch (d) {
            case TEAM -> 10;
            case CASEWORKER -> 11;
            case AGE_BAND -> 12;
            case INTERVENTION_KIND -> 13;
            case MONTH -> 14;
        };
        assertEquals(expected, keys.get(d));
        assertEquals(expected, keys.get(d.ordinal()));
    }

    /** Days below and above the dense array, in random order, read as the histogram a tree would hold. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void daysCountAsATreeWould(long seed) {
        Random random = new Random(seed);
        CellCounts acc = new CellCounts();
        TreeMap<Integer, Long> expected = new TreeMap<>();
        for (int i = 0; i < 500; i++) {
            int days = random.nextBoolean() ? random.nextInt(40) : random.nextInt(3 * CellCounts.DENSE_DAYS);
            acc.addDays(days);
            expected.merge(days, 1L, Long::sum);
            if (random.nextInt(50) == 0) {
                assertEquals(expected, acc.days()); // read half-way: counting goes on after
            }
        }
        assertEquals(expected, acc.days());
        assertEquals(500, acc.observations());
        CellCounts other = new CellCounts();
        other.addDays(CellCounts.DENSE_DAYS - 1);
        other.addDays(CellCounts.DENSE_DAYS);
        acc.merge(other);
        expected.merge(CellCounts.DENSE_DAYS - 1, 1L, Long::sum);
        expected.merge(CellCounts.DENSE_DAYS, 1L, Long::sum);
        assertEquals(expected, acc.days());
    }

    @Test
    void categoriesCountedByPositionAreNamedWhenRead() {
        List<String> names = List.of("B", "A", "C");
        CellCounts acc = new CellCounts();
        assertNull(acc.categories());
        acc.addCategory(names, 0);
        acc.addCategory(names, 0);
        acc.addCategory(names, 2);
        acc.addCategory("A", 4); // as read from a run state
        assertEquals(Map.of("A", 4L, "B", 2L, "C", 1L), acc.categories());
        assertEquals(2, acc.category("B"));
        assertEquals(0, new CellCounts().category("B"));
        acc.addCategory(names, 1);
        assertEquals(5, acc.category("A"));
        assertEquals(List.of("A", "B", "C"), List.copyOf(acc.categories().keySet()));
    }

    @Test
    void categoriesUnderAnotherListOfNamesAreMovedBeforeCountingByPosition() {
        CellCounts acc = new CellCounts();
        acc.addCategory(List.of("A", "B"), 0);
        acc.addCategory(List.of("B", "A"), 0); // another definition's order: position 0 is B there
        acc.addCategory(List.of("B", "A"), 0);
        assertEquals(Map.of("A", 1L, "B", 2L), acc.categories());
    }

    @Test
    void countsAreEqualWhateverFormTheirDaysAndCategoriesAreKeptIn() {
        CellCounts dense = new CellCounts();
        dense.addDays(3);
        dense.addDays(3);
        dense.addCategory(List.of("A", "B"), 1);
        dense.addSum(new java.math.BigDecimal("1.0"));
        CellCounts tree = new CellCounts();
        tree.addDays(3, 2);
        tree.addCategory("B", 1);
        tree.addSum(new java.math.BigDecimal("1.00"));
        assertEquals(dense, tree);
        assertEquals(dense.hashCode(), tree.hashCode());
        assertEquals(new CellCounts(), new CellCounts());

        CellCounts moreCases = new CellCounts();
        moreCases.merge(tree);
        moreCases.cases++;
        CellCounts otherSlot = new CellCounts();
        otherSlot.merge(tree);
        otherSlot.n[CellCounts.NOT_MET]++;
        CellCounts otherDay = new CellCounts();
        otherDay.merge(tree);
        otherDay.addDays(4);
        CellCounts otherCategory = new CellCounts();
        otherCategory.merge(tree);
        otherCategory.addCategory("A", 1);
        CellCounts otherSum = new CellCounts();
        otherSum.merge(tree);
        otherSum.addSum(java.math.BigDecimal.ONE);
        for (CellCounts other : List.of(moreCases, otherSlot, otherDay, otherCategory, otherSum)) {
            assertNotEquals(tree, other, other.toString());
        }
    }

    @Test
    void talliesAndCellsAreEqualByWhatTheyCount() {
        Keys january = new Keys(KeyIds.NONE, KeyIds.NONE, KeyIds.NONE, KeyIds.NONE, 0);
        Tally a = new Tally(List.of(Dimension.MONTH), IDS);
        Tally b = new Tally(List.of(Dimension.MONTH), IDS);
        a.add(january, CellCounts.COUNT, 2);
        b.add(january, CellCounts.COUNT, 1);
        b.add(january, CellCounts.COUNT, 1);
        a.endUnit(1);
        b.endUnit(1);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        b.add(january, CellCounts.COUNT, 1);
        b.endUnit(1);
        assertNotEquals(a, b);
        assertNotEquals(a, new Tally(List.of(Dimension.TEAM), IDS));

        assertEquals(new Cell(Dimension.MONTH, "2026-01"), new Cell(Dimension.MONTH, new String("2026-01")));
        assertEquals(
                new Cell(Dimension.MONTH, "2026-01").hashCode(),
                new Cell(Dimension.MONTH, new String("2026-01")).hashCode());
        assertNotEquals(new Cell(Dimension.MONTH, "2026-01"), new Cell(Dimension.TEAM, "2026-01"));
        assertNotEquals(new Cell(Dimension.MONTH, "2026-01"), new Cell(Dimension.MONTH, "2026-02"));
        assertNotEquals(Cell.OVERALL, new Cell(Dimension.MONTH, Cell.OVERALL.key()));
    }

    @Test
    void aCaseCountsOnceInEachCellItTouchedInEveryTallySharingTheList() {
        Tally.Touched touched = new Tally.Touched();
        Tally a = new Tally(List.of(Dimension.MONTH), IDS, touched);
        Tally b = new Tally(List.of(Dimension.MONTH), IDS, touched);
        Keys january = new Keys(KeyIds.NONE, KeyIds.NONE, KeyIds.NONE, KeyIds.NONE, 0);
        Keys february = new Keys(KeyIds.NONE, KeyIds.NONE, KeyIds.NONE, KeyIds.NONE, 1);
        a.add(january, CellCounts.COUNT, 1);
        a.add(january, CellCounts.COUNT, 1);
        a.add(february, CellCounts.COUNT, 1);
        b.add(february, CellCounts.COUNT, 1);
        touched.end(1);
        a.add(january, CellCounts.COUNT, 1);
        touched.end(3);
        Cell jan = new Cell(Dimension.MONTH, "2026-01");
        Cell feb = new Cell(Dimension.MONTH, "2026-02");
        assertEquals(4, a.get(Cell.OVERALL).cases);
        assertEquals(4, a.get(jan).cases);
        assertEquals(3, a.get(jan).n[CellCounts.COUNT]);
        assertEquals(1, a.get(feb).cases);
        assertEquals(1, b.get(Cell.OVERALL).cases);
        assertEquals(1, b.get(feb).cases);
        assertEquals(0, b.get(jan).cases);
    }
}
