package dk.fremdrift.metrics;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.fremdrift.model.InterventionKind;
import dk.fremdrift.model.LegalReference;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the budget commitment (dispositionsregnskab): the total, one intervention kind, or one legal basis,
 * with what was spent to date, what is committed for the rest of the year, and the projected over- or underspend
 * against the budget.
 *
 * <p>Amounts are in DKK with two decimals. {@code spent} and {@code committed} are each rounded once, to øre with
 * {@link java.math.RoundingMode#HALF_EVEN}, from the exact sum of the line's interventions; {@code projected} and
 * {@code overspend} are then computed from the rounded figures, so that a line adds up as printed. Lines are
 * rounded independently, so the total line may differ from the sum of the kind lines by up to half an øre per
 * line.
 *
 * @param kind the intervention kind of a kind line; empty on the total and legal-basis lines
 * @param legalBasis the legal basis of a legal-basis line; empty on the total and kind lines
 * @param interventions the number of priced interventions with a cost in the budget year
 * @param spent the cost of the days from 1 January up to and including {@code asOf}
 * @param committed the cost of the days after {@code asOf} up to 31 December
 * @param projected {@code spent + committed}: the projected cost of the year
 * @param budget the budget for the line, if the caller gave one
 * @param overspend {@code projected - budget}: positive for a projected overspend (merforbrug), negative for an
 *     underspend (mindreforbrug); present exactly when {@code budget} is
 * @param interventionDays the days of the budget year the line's priced interventions run (each day of each
 *     intervention, to 31 December for one without an end): the child-days the money buys
 * @param perChildYear {@code projected * 365 / interventionDays}, to øre: the projected cost of one child-year (365
 *     days) of the line's interventions; present exactly when there are intervention days. It describes what the
 *     practice costs, not what it achieves; a one-off price is spread over the line's days
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({
    "kind",
    "legalBasis",
    "interventions",
    "spent",
    "committed",
    "projected",
    "budget",
    "overspend",
    "interventionDays",
    "perChildYear"
})
public record BudgetLine(
        Optional<InterventionKind> kind,
        Optional<LegalReference> legalBasis,
        long interventions,
        BigDecimal spent,
        BigDecimal committed,
        BigDecimal projected,
        Optional<BigDecimal> budget,
        Optional<BigDecimal> overspend,
        long interventionDays,
        Optional<BigDecimal> perChildYear) {

    /** The days of a child-year. */
    static final BigDecimal CHILD_YEAR_DAYS = BigDecimal.valueOf(365);

    /**
     * Checks that the line adds up.
     *
     * @param kind the intervention kind of a kind line; empty on the total and legal-basis lines
     * @param legalBasis the legal basis of a legal-basis line; empty on the total and kind lines
     * @param interventions the number of priced interventions with a cost in the budget year
     * @param spent the cost of the days from 1 January up to and including {@code asOf}
     * @param committed the cost of the days after {@code asOf} up to 31 December
     * @param projected {@code spent + committed}: the projected cost of the year
     * @param budget the budget for the line, if the caller gave one
     * @param overspend {@code projected - budget}; present exactly when {@code budget} is
     * @param interventionDays the days of the budget year the line's priced interventions run; zero or more
     * @param perChildYear {@code projected * 365 / interventionDays} to øre; present exactly when there are days
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if both a kind and a legal basis are given, the count or an amount other than
     *     the overspend is negative, an amount has more than two decimals, the line does not add up, or the cost per
     *     child-year is not the one the days give
     */
    @JsonCreator
    public BudgetLine {
        Objects.requireNonNull(perChildYear, "perChildYear");
        if (interventionDays < 0) {
            throw new IllegalArgumentException("interventionDays: expected zero or more, got a negative number");
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(overspend, "overspend");
        if (kind.isPresent() && legalBasis.isPresent()) {
            throw new IllegalArgumentException("kind, legalBasis: expected at most one of them, got both");
        }
        if (interventions < 0) {
            throw new IllegalArgumentException("interventions: expected zero or more, got " + interventions);
        }
        spent = BudgetPricing.budgetAmount(spent, "spent");
        committed = BudgetPricing.budgetAmount(committed, "committed");
        projected = BudgetPricing.budgetAmount(projected, "projected");
        if (projected.compareTo(spent.add(committed)) != 0) {
            throw new IllegalArgumentException("projected: expected spent + committed = "
                    + spent.add(committed).toPlainString() + ", got " + projected.toPlainString());
        }
        budget = budget.map(b -> BudgetPricing.budgetAmount(b, "budget"));
        if (budget.isPresent() != overspend.isPresent()) {
            throw new IllegalArgumentException("overspend: expected it exactly when there is a budget, got "
                    + (overspend.isPresent() ? "an overspend without a budget" : "a budget without an overspend"));
        }
        if (budget.isPresent()) {
            BigDecimal expected = projected.subtract(budget.get());
            if (overspend.get().compareTo(expected) != 0) {
                throw new IllegalArgumentException("overspend: expected projected - budget = "
                        + expected.toPlainString() + ", got " + overspend.get().toPlainString());
            }
            overspend = Optional.of(expected);
        }
        Optional<BigDecimal> perYear = perChildYear(projected, interventionDays);
        if (perChildYear.isPresent() != perYear.isPresent()
                || (perYear.isPresent() && perChildYear.get().compareTo(perYear.get()) != 0)) {
            throw new IllegalArgumentException("perChildYear: expected projected * 365 / interventionDays, to øre,"
                    + " when there are intervention days, got another");
        }
        perChildYear = perYear;
    }

    /**
     * A line without intervention days (as lines were before the days were counted).
     *
     * @param kind the intervention kind of a kind line
     * @param legalBasis the legal basis of a legal-basis line
     * @param interventions the number of priced interventions
     * @param spent the cost to date
     * @param committed the cost for the rest of the year
     * @param projected spent + committed
     * @param budget the budget, if any
     * @param overspend projected - budget, exactly when there is a budget
     * @throws IllegalArgumentException as the canonical constructor
     */
    public BudgetLine(
            Optional<InterventionKind> kind,
            Optional<LegalReference> legalBasis,
            long interventions,
            BigDecimal spent,
            BigDecimal committed,
            BigDecimal projected,
            Optional<BigDecimal> budget,
            Optional<BigDecimal> overspend) {
        this(kind, legalBasis, interventions, spent, committed, projected, budget, overspend, 0, Optional.empty());
    }

    private static Optional<BigDecimal> perChildYear(BigDecimal projected, long days) {
        return days == 0
                ? Optional.empty()
                : Optional.of(projected
                        .multiply(CHILD_YEAR_DAYS)
                        .divide(BigDecimal.valueOf(days), 2, java.math.RoundingMode.HALF_EVEN));
    }

    /**
     * Returns a line from the rounded spent and committed amounts, computing projected and overspend.
     */
    static BudgetLine of(
            Optional<InterventionKind> kind,
            Optional<LegalReference> legalBasis,
            long interventions,
            BigDecimal spent,
            BigDecimal committed,
            Optional<BigDecimal> budget,
            long interventionDays) {
        BigDecimal projected = spent.add(committed);
        return new BudgetLine(
                kind,
                legalBasis,
                interventions,
                spent,
                committed,
                projected,
                budget,
                budget.map(projected::subtract),
                interventionDays,
                perChildYear(projected, interventionDays));
    }
}
