package dk.fremdrift.metrics;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.fremdrift.model.Intervention;
import dk.fremdrift.model.InterventionKind;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.model.Price;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The budget commitment (dispositionsregnskab) of one priced intervention in a budget year: what its days up to
 * and including {@code asOf} cost (spent), and what its days from the day after {@code asOf} to its end or 31
 * December, whichever is first, will cost (committed). An intervention with no end runs to 31 December.
 *
 * <p>The pricing rules, by {@linkplain dk.fremdrift.model.PriceUnit price unit}:
 *
 * <ul>
 *   <li>{@code PER_DAY}: the price times the number of days, the first and the last day included;
 *   <li>{@code PER_MONTH}: prorated by days in each calendar month: a whole month costs the monthly price, a part
 *       month costs the price times the days it runs in that month divided by the days in the month;
 *   <li>{@code ONE_OFF}: the price, counted on the start date if the start is in the budget year: spent if the start
 *       is on or before {@code asOf}, committed otherwise; nothing if the start is in another year.
 * </ul>
 *
 * <p>Amounts are computed exactly and each is rounded once, to øre with {@link java.math.RoundingMode#HALF_EVEN},
 * when this value is made. To add up many interventions without rounding each one, use {@link BudgetAggregate}.
 *
 * <pre>{@code
 * // Foster care at 1,850 DKK a day from 1 March to 31 August 2025, as of 30 June:
 * BudgetCommitment c = BudgetCommitment.find(fosterCare, BudgetYear.of(LocalDate.of(2025, 6, 30))).orElseThrow();
 * c.spent();      // 225700.00 (122 days)
 * c.committed();  // 114700.00 (62 days)
 * }</pre>
 *
 * @param kind the intervention's kind
 * @param legalBasis the provision the intervention is granted under
 * @param spent the cost of its days from 1 January up to and including {@code asOf}, in DKK with øre
 * @param committed the cost of its days after {@code asOf} up to 31 December, in DKK with øre
 */
@JsonPropertyOrder({"kind", "legalBasis", "spent", "committed"})
public record BudgetCommitment(
        InterventionKind kind, LegalReference legalBasis, BigDecimal spent, BigDecimal committed) {

    /**
     * Checks the commitment.
     *
     * @param kind the intervention's kind
     * @param legalBasis the provision the intervention is granted under
     * @param spent the cost of its days from 1 January up to and including {@code asOf}, in DKK with øre
     * @param committed the cost of its days after {@code asOf} up to 31 December, in DKK with øre
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an amount is negative or has more than two decimals
     */
    public BudgetCommitment {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(legalBasis, "legalBasis");
        spent = BudgetPricing.budgetAmount(spent, "spent");
        committed = BudgetPricing.budgetAmount(committed, "committed");
    }

    /**
     * Computes the commitment of an intervention in a budget year. A priced intervention with no cost in the year
     * (it ran only in other years, or its one-off start is in another year) gives zero amounts.
     *
     * @param intervention the intervention
     * @param budgetYear the budget year and its {@code asOf} date
     * @return the commitment, or empty if the intervention has no price
     * @throws NullPointerException if an argument is null
     */
    public static Optional<BudgetCommitment> find(Intervention intervention, BudgetYear budgetYear) {
        Objects.requireNonNull(intervention, "intervention");
        Objects.requireNonNull(budgetYear, "budgetYear");
        if (intervention.price().isEmpty()) {
            return Optional.empty();
        }
        Price price = intervention.price().get();
        return Optional.of(new BudgetCommitment(
                intervention.kind(),
                intervention.legalBasis(),
                BudgetPricing.toKroner(
                        BudgetPricing.scaledCost(intervention, price, budgetYear.firstDay(), budgetYear.asOf())),
                BudgetPricing.toKroner(BudgetPricing.scaledCost(
                        intervention, price, budgetYear.asOf().plusDays(1), budgetYear.lastDay()))));
    }

    /**
     * Returns spent plus committed: the intervention's projected cost in the budget year.
     *
     * @return {@code spent + committed}
     */
    public BigDecimal projected() {
        return spent.add(committed);
    }
}
