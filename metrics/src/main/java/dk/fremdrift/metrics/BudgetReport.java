package dk.fremdrift.metrics;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.fremdrift.model.InterventionKind;
import dk.fremdrift.model.LadderStep;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The budget commitment (dispositionsregnskab) of a budget year as of a date: spent to date, committed for the
 * rest of the year and the projected over- or underspend, in total, by intervention kind and by legal basis, and
 * the interventions that could not be priced. Made by {@link BudgetAggregate#report(Budget)}.
 *
 * <p>The pricing and rounding rules are those of {@link BudgetCommitment} and {@link BudgetLine}. An intervention
 * without a price is never silently dropped: it counts in {@link #unpricedByKind()} and in no amount.
 *
 * @param budgetYear the budget year and the date that splits spent from committed
 * @param total the line for all priced interventions, against the {@linkplain Budget#total() total budget}
 * @param byKind one line per intervention kind that has a priced intervention or a budget, in the order of {@link
 *     InterventionKind}
 * @param byLegalBasis one line per legal basis that has a priced intervention or a budget, ordered by act,
 *     paragraph and subsection
 * @param unpricedByKind the number of interventions without a price that run in the budget year, by kind; kinds
 *     with none are left out; in the order of {@link InterventionKind}
 * @param byLadderStep one line per step of the intervention ladder ({@link LadderStep}) that has a priced
 *     intervention, the sums of its kinds' lines, with the cost per child-year; no budget (budgets are by kind and
 *     legal basis)
 */
@JsonPropertyOrder({"budgetYear", "total", "byKind", "byLegalBasis", "unpricedByKind", "byLadderStep"})
public record BudgetReport(
        BudgetYear budgetYear,
        BudgetLine total,
        List<BudgetLine> byKind,
        List<BudgetLine> byLegalBasis,
        Map<InterventionKind, Long> unpricedByKind,
        Map<LadderStep, BudgetLine> byLadderStep) {

    /**
     * Checks the report and copies its collections.
     *
     * @param budgetYear the budget year and the date that splits spent from committed
     * @param total the line for all priced interventions
     * @param byKind one line per intervention kind
     * @param byLegalBasis one line per legal basis
     * @param unpricedByKind the number of interventions without a price, by kind
     * @param byLadderStep one line per step of the intervention ladder; null for none
     * @throws NullPointerException if an argument is null or holds a null
     * @throws IllegalArgumentException if the total line has a kind or legal basis, a kind line has no kind, a
     *     legal-basis line has no legal basis, or an unpriced count is not positive
     */
    @JsonCreator
    public BudgetReport {
        Objects.requireNonNull(budgetYear, "budgetYear");
        Objects.requireNonNull(total, "total");
        byKind = List.copyOf(byKind);
        byLegalBasis = List.copyOf(byLegalBasis);
        if (total.kind().isPresent() || total.legalBasis().isPresent()) {
            throw new IllegalArgumentException("total: expected a line with no kind or legal basis");
        }
        for (int i = 0; i < byKind.size(); i++) {
            if (byKind.get(i).kind().isEmpty()) {
                throw new IllegalArgumentException("byKind[" + i + "]: expected a line with a kind");
            }
        }
        for (int i = 0; i < byLegalBasis.size(); i++) {
            if (byLegalBasis.get(i).legalBasis().isEmpty()) {
                throw new IllegalArgumentException("byLegalBasis[" + i + "]: expected a line with a legal basis");
            }
        }
        EnumMap<InterventionKind, Long> unpriced = new EnumMap<>(InterventionKind.class);
        for (Map.Entry<InterventionKind, Long> e :
                Objects.requireNonNull(unpricedByKind, "unpricedByKind").entrySet()) {
            InterventionKind kind = Objects.requireNonNull(e.getKey(), "unpricedByKind key");
            long count = Objects.requireNonNull(e.getValue(), "unpricedByKind value");
            if (count < 1) {
                throw new IllegalArgumentException(
                        "unpricedByKind[" + kind + "]: expected a positive count, got " + count);
            }
            unpriced.put(kind, count);
        }
        unpricedByKind = Collections.unmodifiableMap(unpriced);
        EnumMap<LadderStep, BudgetLine> steps = new EnumMap<>(LadderStep.class);
        for (Map.Entry<LadderStep, BudgetLine> e :
                (byLadderStep == null ? Map.<LadderStep, BudgetLine>of() : byLadderStep).entrySet()) {
            BudgetLine line = Objects.requireNonNull(e.getValue(), "byLadderStep value");
            if (line.kind().isPresent()
                    || line.legalBasis().isPresent()
                    || line.budget().isPresent()) {
                throw new IllegalArgumentException(
                        "byLadderStep[" + e.getKey() + "]: expected a line with no kind, legal basis or budget");
            }
            steps.put(Objects.requireNonNull(e.getKey(), "byLadderStep key"), line);
        }
        byLadderStep = Collections.unmodifiableMap(steps);
    }

    /**
     * A report without ladder-step lines.
     *
     * @param budgetYear the budget year
     * @param total the total line
     * @param byKind the kind lines
     * @param byLegalBasis the legal-basis lines
     * @param unpricedByKind the unpriced interventions by kind
     * @throws IllegalArgumentException as the canonical constructor
     */
    public BudgetReport(
            BudgetYear budgetYear,
            BudgetLine total,
            List<BudgetLine> byKind,
            List<BudgetLine> byLegalBasis,
            Map<InterventionKind, Long> unpricedByKind) {
        this(budgetYear, total, byKind, byLegalBasis, unpricedByKind, Map.of());
    }

    /**
     * Returns the number of interventions without a price that run in the budget year.
     *
     * @return the sum of {@link #unpricedByKind()}
     */
    @JsonIgnore
    public long unpricedCount() {
        return unpricedByKind.values().stream().mapToLong(Long::longValue).sum();
    }
}
