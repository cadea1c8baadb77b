package dk.fremdrift.metrics;

import dk.fremdrift.model.InterventionKind;
import dk.fremdrift.model.LegalReference;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The budget a caller gives for a budget year, to set the budget commitment (dispositionsregnskab) against: an
 * amount per intervention kind, an amount per legal basis, and a total, each optional.
 *
 * <p>Amounts are in DKK, zero or more, with at most two decimals (øre); they are kept with exactly two. The amounts
 * by kind and by legal basis are two views of the same money, so they are never added together. The
 * {@linkplain #total() total budget} is the total given, else the sum of the amounts by kind when there are any,
 * else the sum of the amounts by legal basis when there are any, else none.
 *
 * <pre>{@code
 * Budget budget = Budget.ofTotal(new BigDecimal("12000000"))
 *         .withKind(InterventionKind.FOSTER_CARE, new BigDecimal("4500000"))
 *         .withLegalBasis(LegalReference.of(Law.BARNETS_LOV, "32"), new BigDecimal("3000000"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Budget {

    private static final Budget NONE = new Budget(null, new EnumMap<>(InterventionKind.class), Map.of());

    private final BigDecimal total;
    private final Map<InterventionKind, BigDecimal> byKind;
    private final Map<LegalReference, BigDecimal> byLegalBasis;

    private Budget(
            BigDecimal total, Map<InterventionKind, BigDecimal> byKind, Map<LegalReference, BigDecimal> byLegalBasis) {
        this.total = total;
        EnumMap<InterventionKind, BigDecimal> kinds = new EnumMap<>(InterventionKind.class);
        kinds.putAll(byKind);
        this.byKind = Collections.unmodifiableMap(kinds);
        this.byLegalBasis = Map.copyOf(byLegalBasis);
    }

    /**
     * Returns an empty budget: the report then shows spent and committed amounts with no budget to compare with.
     *
     * @return the empty budget
     */
    public static Budget none() {
        return NONE;
    }

    /**
     * Returns a budget with a total only.
     *
     * @param total the total budget in DKK
     * @return the budget
     * @throws NullPointerException if {@code total} is null
     * @throws IllegalArgumentException if the amount is negative or has more than two decimals
     */
    public static Budget ofTotal(BigDecimal total) {
        return NONE.withTotal(total);
    }

    /**
     * Returns a copy with the given total, replacing any total it had.
     *
     * @param total the total budget in DKK
     * @return the copy
     * @throws NullPointerException if {@code total} is null
     * @throws IllegalArgumentException if the amount is negative or has more than two decimals
     */
    public Budget withTotal(BigDecimal total) {
        return new Budget(BudgetPricing.budgetAmount(total, "total"), byKind, byLegalBasis);
    }

    /**
     * Returns a copy with the given amount for an intervention kind, replacing any amount it had for the kind.
     *
     * @param kind the intervention kind
     * @param amount the budget for the kind in DKK
     * @return the copy
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the amount is negative or has more than two decimals
     */
    public Budget withKind(InterventionKind kind, BigDecimal amount) {
        Objects.requireNonNull(kind, "kind");
        EnumMap<InterventionKind, BigDecimal> kinds = new EnumMap<>(InterventionKind.class);
        kinds.putAll(byKind);
        kinds.put(kind, BudgetPricing.budgetAmount(amount, "amount"));
        return new Budget(total, kinds, byLegalBasis);
    }

    /**
     * Returns a copy with the given amount for a legal basis, replacing any amount it had for it. Interventions
     * are matched to it by equal {@link LegalReference}: {@code barnets lov § 32} and {@code barnets lov § 32,
     * stk. 1} are different bases.
     *
     * @param legalBasis the provision interventions are granted under
     * @param amount the budget for it in DKK
     * @return the copy
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the amount is negative or has more than two decimals
     */
    public Budget withLegalBasis(LegalReference legalBasis, BigDecimal amount) {
        Objects.requireNonNull(legalBasis, "legalBasis");
        Map<LegalReference, BigDecimal> bases = new HashMap<>(byLegalBasis);
        bases.put(legalBasis, BudgetPricing.budgetAmount(amount, "amount"));
        return new Budget(total, byKind, bases);
    }

    /**
     * Returns the total budget: the total given, else the sum of the amounts by kind, else the sum of the amounts
     * by legal basis.
     *
     * @return the total budget in DKK with two decimals, or empty if the budget has no amounts
     */
    public Optional<BigDecimal> total() {
        if (total != null) {
            return Optional.of(total);
        }
        Optional<BigDecimal> kinds = BudgetPricing.sum(byKind.values());
        return kinds.isPresent() ? kinds : BudgetPricing.sum(byLegalBasis.values());
    }

    /**
     * Returns the budget for an intervention kind.
     *
     * @param kind the intervention kind
     * @return the amount in DKK with two decimals, or empty if none was given
     * @throws NullPointerException if {@code kind} is null
     */
    public Optional<BigDecimal> forKind(InterventionKind kind) {
        return Optional.ofNullable(byKind.get(Objects.requireNonNull(kind, "kind")));
    }

    /**
     * Returns the budget for a legal basis.
     *
     * @param legalBasis the provision
     * @return the amount in DKK with two decimals, or empty if none was given
     * @throws NullPointerException if {@code legalBasis} is null
     */
    public Optional<BigDecimal> forLegalBasis(LegalReference legalBasis) {
        return Optional.ofNullable(byLegalBasis.get(Objects.requireNonNull(legalBasis, "legalBasis")));
    }

    Set<InterventionKind> kinds() {
        return byKind.keySet();
    }

    Set<LegalReference> legalBases() {
        return byLegalBasis.keySet();
    }

    /**
     * Compares the amounts given.
     *
     * @param obj the other object
     * @return true if it is a budget with the same total, amounts by kind and amounts by legal basis
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Budget other
                && Objects.equals(total, other.total)
                && byKind.equals(other.byKind)
                && byLegalBasis.equals(other.byLegalBasis);
    }

    @Override
    public int hashCode() {
        return Objects.hash(total, byKind, byLegalBasis);
    }

    /** Returns the amounts given, for debugging. */
    @Override
    public String toString() {
        return "Budget[total=" + (total == null ? "<none>" : total.toPlainString()) + ", byKind=" + byKind
                + ", byLegalBasis=" + byLegalBasis + "]";
    }
}
