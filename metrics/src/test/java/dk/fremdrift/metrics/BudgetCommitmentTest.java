package dk.fremdrift.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dk.fremdrift.model.Intervention;
import dk.fremdrift.model.InterventionKind;
import dk.fremdrift.model.Law;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.model.PartId;
import dk.fremdrift.model.Price;
import dk.fremdrift.model.PriceUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Worked numbers for single interventions; each expected amount is computed by hand in the comment. */
class BudgetCommitmentTest {

    private static final LegalReference BL_46 = LegalReference.of(Law.BARNETS_LOV, "46");
    private static final LegalReference BL_32 = LegalReference.of(Law.BARNETS_LOV, "32");

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static Intervention priced(LocalDate start, LocalDate end, String amount, PriceUnit unit) {
        Intervention i = Intervention.of(PartId.of("i1"), InterventionKind.FOSTER_CARE, BL_46, start)
                .withPrice(Price.of(amount, unit));
        return end == null ? i : i.withEnd(end);
    }

    static Stream<Arguments> workedNumbers() {
        return Stream.of(
                // 1,850/day, 1 Mar - 31 Aug 2025: Mar 31 + Apr 30 + May 31 + Jun 30 = 122 days spent, Jul 31 + Aug 31
                // = 62 committed. 122 * 1850 = 225700; 62 * 1850 = 114700.
                arguments(
                        "per day, foster care, non-leap year",
                        priced(d(2025, 3, 1), d(2025, 8, 31), "1850", PriceUnit.PER_DAY),
                        d(2025, 6, 30),
                        "225700.00",
                        "114700.00"),
                // Leap year: 1 Feb - 31 Mar 2024 as of 29 Feb: 29 days spent, 31 committed, at 1,000/day.
                arguments(
                        "per day, leap February",
                        priced(d(2024, 2, 1), d(2024, 3, 31), "1000", PriceUnit.PER_DAY),
                        d(2024, 2, 29),
                        "29000.00",
                        "31000.00"),
                // Ongoing from 2023 with no end, the whole of 2024 spent as of 31 Dec: 366 days.
                arguments(
                        "per day, no end, leap year all spent",
                        priced(d(2023, 6, 1), null, "1000", PriceUnit.PER_DAY),
                        d(2024, 12, 31),
                        "366000.00",
                        "0.00"),
                // No end runs to 31 December: 2025 as of 1 Jan: 1 day spent, 364 committed.
                arguments(
                        "per day, no end, as of 1 January",
                        priced(d(2023, 6, 1), null, "1000", PriceUnit.PER_DAY),
                        d(2025, 1, 1),
                        "1000.00",
                        "364000.00"),
                // Spanning years: 1 Nov 2024 - 31 Mar 2026, budget year 2025 as of 30 Jun: Jan-Jun 181 days spent,
                // Jul-Dec 184 committed, at 1,000/day.
                arguments(
                        "per day, spanning three years",
                        priced(d(2024, 11, 1), d(2026, 3, 31), "1000", PriceUnit.PER_DAY),
                        d(2025, 6, 30),
                        "181000.00",
                        "184000.00"),
                // Ended before asOf: 10 - 19 Jan (10 days) at 2,450.50 = 24505.00, nothing committed.
                arguments(
                        "per day, ended before asOf",
                        priced(d(2025, 1, 10), d(2025, 1, 19), "2450.50", PriceUnit.PER_DAY),
                        d(2025, 6, 30),
                        "24505.00",
                        "0.00"),
                // Starts after asOf: 1 - 10 Dec (10 days) committed.
                arguments(
                        "per day, starts after asOf",
                        priced(d(2025, 12, 1), d(2025, 12, 10), "100", PriceUnit.PER_DAY),
                        d(2025, 6, 30),
                        "0.00",
                        "1000.00"),
                // Ended the year before: nothing.
                arguments(
                        "per day, ended last year",
                        priced(d(2024, 1, 1), d(2024, 12, 31), "100", PriceUnit.PER_DAY),
                        d(2025, 6, 30),
                        "0.00",
                        "0.00"),
                // Part months: 30,000/month, 17 Jan - 10 Mar 2025, as of 14 Feb.
                // spent = 30000 * 15/31 (17-31 Jan) + 30000 * 14/28 (1-14 Feb) = 14516.1290... + 15000 = 29516.13
                // committed = 30000 * 14/28 (15-28 Feb) + 30000 * 10/31 (1-10 Mar) = 15000 + 9677.4193... = 24677.42
                arguments(
                        "per month, part months",
                        priced(d(2025, 1, 17), d(2025, 3, 10), "30000", PriceUnit.PER_MONTH),
                        d(2025, 2, 14),
                        "29516.13",
                        "24677.42"),
                // Leap February: 10 - 29 Feb 2024 is 20 of 29 days: 29000 * 20/29 = 20000.
                arguments(
                        "per month, leap February",
                        priced(d(2024, 2, 10), d(2024, 2, 29), "29000", PriceUnit.PER_MONTH),
                        d(2024, 12, 31),
                        "20000.00",
                        "0.00"),
                // Non-leap February: 10 - 28 Feb 2025 is 19 of 28 days: 29000 * 19/28 = 19678.5714... = 19678.57.
                arguments(
                        "per month, non-leap February",
                        priced(d(2025, 2, 10), d(2025, 2, 28), "29000", PriceUnit.PER_MONTH),
                        d(2025, 12, 31),
                        "19678.57",
                        "0.00"),
                // Whole months cost the monthly price: 6 * 12345.67 = 74074.02 each side of 30 Jun.
                arguments(
                        "per month, whole year",
                        priced(d(2025, 1, 1), d(2025, 12, 31), "12345.67", PriceUnit.PER_MONTH),
                        d(2025, 6, 30),
                        "74074.02",
                        "74074.02"),
                // Spanning years, monthly: 15 Nov 2024 - 15 Jan 2026 covers all of 2025: 12 * 10000.
                arguments(
                        "per month, spanning years",
                        priced(d(2024, 11, 15), d(2026, 1, 15), "10000", PriceUnit.PER_MONTH),
                        d(2025, 6, 30),
                        "60000.00",
                        "60000.00"),
                // One-off before asOf: spent.
                arguments(
                        "one-off before asOf",
                        priced(d(2025, 4, 1), null, "5000", PriceUnit.ONE_OFF),
                        d(2025, 6, 30),
                        "5000.00",
                        "0.00"),
                // One-off on asOf: spent (asOf is included in spent).
                arguments(
                        "one-off on asOf",
                        priced(d(2025, 6, 30), d(2025, 6, 30), "5000", PriceUnit.ONE_OFF),
                        d(2025, 6, 30),
                        "5000.00",
                        "0.00"),
                // One-off after asOf: committed; its end does not matter.
                arguments(
                        "one-off after asOf",
                        priced(d(2025, 9, 1), d(2026, 8, 31), "7500", PriceUnit.ONE_OFF),
                        d(2025, 6, 30),
                        "0.00",
                        "7500.00"),
                // One-off that started the year before: nothing, even though it runs into the year.
                arguments(
                        "one-off started last year",
                        priced(d(2024, 12, 31), d(2025, 12, 31), "7500", PriceUnit.ONE_OFF),
                        d(2025, 6, 30),
                        "0.00",
                        "0.00"),
                // HALF_EVEN: 0.01/month for 15-28 Feb 2025 is 0.01 * 14/28 = 0.005, rounded to the even 0.00 ...
                arguments(
                        "rounding half even, down",
                        priced(d(2025, 2, 15), d(2025, 2, 28), "0.01", PriceUnit.PER_MONTH),
                        d(2025, 2, 14),
                        "0.00",
                        "0.00"),
                // ... and 0.03 * 14/28 = 0.015 to the even 0.02.
                arguments(
                        "rounding half even, up",
                        priced(d(2025, 2, 15), d(2025, 2, 28), "0.03", PriceUnit.PER_MONTH),
                        d(2025, 2, 14),
                        "0.00",
                        "0.02"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workedNumbers")
    void find_workedNumbers_spentAndCommitted(
            String name, Intervention intervention, LocalDate asOf, String spent, String committed) {
        BudgetCommitment c =
                BudgetCommitment.find(intervention, BudgetYear.of(asOf)).orElseThrow();

        assertThat(c.spent()).isEqualTo(new BigDecimal(spent));
        assertThat(c.committed()).isEqualTo(new BigDecimal(committed));
        assertThat(c.projected()).isEqualTo(new BigDecimal(spent).add(new BigDecimal(committed)));
        assertThat(c.kind()).isEqualTo(InterventionKind.FOSTER_CARE);
        assertThat(c.legalBasis()).isEqualTo(BL_46);
    }

    @Test
    void find_unpriced_empty() {
        Intervention unpriced = Intervention.of(PartId.of("i1"), InterventionKind.FAMILY_THERAPY, BL_32, d(2025, 1, 1));

        assertThat(BudgetCommitment.find(unpriced, BudgetYear.of(d(2025, 6, 30))))
                .isEmpty();
    }

    @Test
    void find_zeroPrice_zeroAmounts() {
        Intervention free = priced(d(2025, 1, 1), null, "0", PriceUnit.PER_DAY);

        BudgetCommitment c =
                BudgetCommitment.find(free, BudgetYear.of(d(2025, 6, 30))).orElseThrow();

        assertThat(c.spent()).isEqualTo("0.00");
        assertThat(c.committed()).isEqualTo("0.00");
    }

    @Test
    void find_nullArguments_throw() {
        Intervention i = priced(d(2025, 1, 1), null, "1", PriceUnit.PER_DAY);

        assertThatThrownBy(() -> BudgetCommitment.find(null, BudgetYear.of(d(2025, 6, 30))))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("intervention");
        assertThatThrownBy(() -> BudgetCommitment.find(i, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("budgetYear");
    }

    @Test
    void budgetYear_asOfInAnotherYear_throws() {
        assertThatThrownBy(() -> new BudgetYear(2025, d(2024, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("asOf: expected a date in the budget year 2025, got 2024-12-31");
    }

    @Test
    void budgetYear_of_yearOfTheDate() {
        BudgetYear y = BudgetYear.of(d(2024, 2, 29));

        assertThat(y.year()).isEqualTo(2024);
        assertThat(y.firstDay()).isEqualTo(d(2024, 1, 1));
        assertThat(y.lastDay()).isEqualTo(d(2024, 12, 31));
    }

    @Test
    void constructor_threeDecimals_throws() {
        assertThatThrownBy(() -> new BudgetCommitment(
                        InterventionKind.FOSTER_CARE, BL_46, new BigDecimal("1.005"), BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("spent: expected at most two decimals (øre), got 1.005");
    }
}
