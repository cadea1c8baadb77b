package dk.fremdrift.metrics;

import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.Intervention;
import dk.fremdrift.model.InterventionKind;
import dk.fremdrift.model.LadderStep;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.model.Price;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A mergeable accumulator of the budget commitment (dispositionsregnskab) of one budget year: it takes cases (or
 * interventions) one at a time and keeps only exact sums by intervention kind and legal basis and counts of
 * unpriced interventions, so its memory does not grow with the number of cases.
 *
 * <p>Each intervention is priced by the rules of {@link BudgetCommitment}, but its amounts are added exactly (as
 * multiples of {@code 1 / 377 580} DKK, so prorated months need no rounding), and rounded to øre with {@link
 * java.math.RoundingMode#HALF_EVEN} only when {@link #report(Budget)} makes the lines. Because the sums are exact,
 * merging the aggregates of any split of the cases gives exactly the aggregate of all of them, in any order.
 *
 * <p>Which interventions count: a priced intervention with a cost in the year (a per-day or per-month price that
 * runs on a day of the year; a one-off price that starts in the year); an unpriced intervention that runs on a
 * day of the year counts in {@link BudgetReport#unpricedByKind()}. An intervention's own {@code end} decides
 * when it stops; the case's closing is not consulted.
 *
 * <pre>{@code
 * BudgetAggregate team1 = BudgetAggregate.of(BudgetYear.of(LocalDate.of(2025, 6, 30)));
 * casesOfTeam1.forEach(team1::add);
 * BudgetAggregate team2 = ...;
 * BudgetReport report = team1.merge(team2).report(budget);
 * }</pre>
 *
 * <p>Not thread-safe: use one per thread and merge them. {@link #add} and {@link #merge} change this aggregate;
 * {@link #merge} leaves its argument unchanged.
 */
public final class BudgetAggregate {

    private final BudgetYear budgetYear;
    private final Map<InterventionKind, Sums> byKind = new EnumMap<>(InterventionKind.class);
    private final Map<LegalReference, Sums> byLegalBasis = new HashMap<>();
    private final long[] unpriced = new long[InterventionKind.values().length];

    private BudgetAggregate(BudgetYear budgetYear) {
        this.budgetYear = budgetYear;
    }

    /**
     * Returns an empty aggregate for a budget year.
     *
     * @param budgetYear the budget year and the date that splits spent from committed
     * @return the empty aggregate
     * @throws NullPointerException if {@code budgetYear} is null
     */
    public static BudgetAggregate of(BudgetYear budgetYear) {
        return new BudgetAggregate(Objects.requireNonNull(budgetYear, "budgetYear"));
    }

    /**
     * Returns the budget year this aggregate counts.
     *
     * @return the budget year
     */
    public BudgetYear budgetYear() {
        return budgetYear;
    }

    /**
     * Adds every intervention of a case.
     *
     * @param childCase the case
     * @return this aggregate
     * @throws NullPointerException if {@code childCase} is null
     */
    public BudgetAggregate add(ChildCase childCase) {
        Objects.requireNonNull(childCase, "childCase");
        for (Intervention intervention : childCase.interventions()) {
            add(intervention);
        }
        return this;
    }

    /**
     * Adds one intervention.
     *
     * @param intervention the intervention
     * @return this aggregate
     * @throws NullPointerException if {@code intervention} is null
     */
    public BudgetAggregate add(Intervention intervention) {
        Objects.requireNonNull(intervention, "intervention");
        if (intervention.price().isEmpty()) {
            if (BudgetPricing.runsInYear(intervention, budgetYear)) {
                unpriced[intervention.kind().ordinal()]++;
            }
            return this;
        }
        Price price = intervention.price().get();
        if (!BudgetPricing.isInYear(intervention, price, budgetYear)) {
            return this;
        }
        BigDecimal spent = BudgetPricing.scaledCost(intervention, price, budgetYear.firstDay(), budgetYear.asOf());
        BigDecimal committed =
                BudgetPricing.scaledCost(intervention, price, budgetYear.asOf().plusDays(1), budgetYear.lastDay());
        long days = BudgetPricing.daysInYear(intervention, budgetYear);
        byKind.computeIfAbsent(intervention.kind(), k -> new Sums()).add(1, spent, committed, days);
        byLegalBasis.computeIfAbsent(intervention.legalBasis(), k -> new Sums()).add(1, spent, committed, days);
        return this;
    }

    /**
     * Adds the sums of another aggregate of the same budget year to this one.
     *
     * @param other the other aggregate; unchanged
     * @return this aggregate
     * @throws NullPointerException if {@code other} is null
     * @throws IllegalArgumentException if {@code other} is this aggregate (its cases would count twice), or is for
     *     another budget year or {@code asOf} date
     */
    public BudgetAggregate merge(BudgetAggregate other) {
        Objects.requireNonNull(other, "other");
        if (other == this) {
            throw new IllegalArgumentException(
                    "other: expected another aggregate, got this one (its cases would count twice)");
        }
        if (!budgetYear.equals(other.budgetYear)) {
            throw new IllegalArgumentException(
                    "other: expected an aggregate of " + budgetYear + ", got " + other.budgetYear);
        }
        other.byKind.forEach(
                (k, s) -> byKind.computeIfAbsent(k, x -> new Sums()).add(s));
        other.byLegalBasis.forEach(
                (b, s) -> byLegalBasis.computeIfAbsent(b, x -> new Sums()).add(s));
        for (int i = 0; i < unpriced.length; i++) {
            unpriced[i] += other.unpriced[i];
        }
        return this;
    }

    /**
     * Makes the report against a budget: one line per kind and per legal basis that has a priced intervention or
     * a budget amount, and the total line against the budget's {@linkplain Budget#total() total}. This is where
     * the exact sums are rounded to øre ({@link java.math.RoundingMode#HALF_EVEN}), once per amount.
     *
     * @param budget the budget; {@link Budget#none()} for no comparison
     * @return the report; later changes to this aggregate do not change it
     * @throws NullPointerException if {@code budget} is null
     */
    public BudgetReport report(Budget budget) {
        Objects.requireNonNull(budget, "budget");
        Sums total = new Sums();
        byKind.values().forEach(total::add);
        BudgetLine totalLine = total.line(Optional.empty(), Optional.empty(), budget.total());

        TreeSet<InterventionKind> kinds = new TreeSet<>(byKind.keySet());
        kinds.addAll(budget.kinds());
        List<BudgetLine> kindLines = new ArrayList<>();
        for (InterventionKind kind : kinds) {
            kindLines.add(byKind.getOrDefault(kind, new Sums())
                    .line(Optional.of(kind), Optional.empty(), budget.forKind(kind)));
        }

        TreeSet<LegalReference> bases = new TreeSet<>(BudgetPricing.LEGAL_ORDER);
        bases.addAll(byLegalBasis.keySet());
        bases.addAll(budget.legalBases());
        List<BudgetLine> basisLines = new ArrayList<>();
        for (LegalReference basis : bases) {
            basisLines.add(byLegalBasis
                    .getOrDefault(basis, new Sums())
                    .line(Optional.empty(), Optional.of(basis), budget.forLegalBasis(basis)));
        }

        Map<LadderStep, Sums> steps = new EnumMap<>(LadderStep.class);
        byKind.forEach(
                (k, s) -> steps.computeIfAbsent(k.ladderStep(), x -> new Sums()).add(s));
        Map<LadderStep, BudgetLine> stepLines = new EnumMap<>(LadderStep.class);
        steps.forEach((step, s) -> stepLines.put(step, s.line(Optional.empty(), Optional.empty(), Optional.empty())));

        Map<InterventionKind, Long> unpricedByKind = new EnumMap<>(InterventionKind.class);
        for (InterventionKind kind : InterventionKind.values()) {
            if (unpriced[kind.ordinal()] > 0) {
                unpricedByKind.put(kind, unpriced[kind.ordinal()]);
            }
        }
        return new BudgetReport(budgetYear, totalLine, kindLines, basisLines, unpricedByKind, stepLines);
    }

    /** Returns the exact sums as a document carries them: kind lines, then legal basis lines, and the unpriced. */
    AggregateDocument.BudgetState toState() {
        List<AggregateDocument.BudgetSums> lines = new ArrayList<>();
        new TreeMap<>(byKind)
                .forEach((k, s) -> lines.add(new AggregateDocument.BudgetSums(
                        Optional.of(k), Optional.empty(), s.count, s.spent, s.committed, s.days)));
        TreeMap<LegalReference, Sums> bases = new TreeMap<>(BudgetPricing.LEGAL_ORDER);
        bases.putAll(byLegalBasis);
        bases.forEach((b, s) -> lines.add(new AggregateDocument.BudgetSums(
                Optional.empty(), Optional.of(b), s.count, s.spent, s.committed, s.days)));
        TreeMap<InterventionKind, Long> unpricedByKind = new TreeMap<>();
        for (InterventionKind kind : InterventionKind.values()) {
            if (unpriced[kind.ordinal()] > 0) {
                unpricedByKind.put(kind, unpriced[kind.ordinal()]);
            }
        }
        return new AggregateDocument.BudgetState(lines, unpricedByKind);
    }

    /** Adds the exact sums a document carries, of the same budget year. */
    void addState(AggregateDocument.BudgetState state) {
        for (AggregateDocument.BudgetSums l : state.lines()) {
            Sums sums = l.kind().isPresent()
                    ? byKind.computeIfAbsent(l.kind().get(), k -> new Sums())
                    : byLegalBasis.computeIfAbsent(l.legalBasis().orElseThrow(), k -> new Sums());
            sums.add(l.interventions(), l.spent(), l.committed(), l.days());
        }
        state.unpriced().forEach((k, n) -> unpriced[k.ordinal()] += n);
    }

    /**
     * Returns the exact state with comparable keys and normalised numbers, for tests of exact merging: entries
     * {@code kind/<KIND>}, {@code basis/<reference>} and {@code unpriced/<KIND>}.
     */
    Map<String, List<BigDecimal>> exactState() {
        Map<String, List<BigDecimal>> state = new TreeMap<>();
        byKind.forEach((k, s) -> state.put("kind/" + k, s.exact()));
        byLegalBasis.forEach((b, s) -> state.put("basis/" + b.toDanish(), s.exact()));
        for (InterventionKind kind : InterventionKind.values()) {
            if (unpriced[kind.ordinal()] > 0) {
                state.put("unpriced/" + kind, List.of(BigDecimal.valueOf(unpriced[kind.ordinal()])));
            }
        }
        return state;
    }

    /** Exact sums of one line, in scaled amounts (see {@link BudgetPricing}). */
    private static final class Sums {
        private long count;
        private BigDecimal spent = BigDecimal.ZERO;
        private BigDecimal committed = BigDecimal.ZERO;
        private long days;

        void add(long n, BigDecimal scaledSpent, BigDecimal scaledCommitted, long interventionDays) {
            count += n;
            spent = spent.add(scaledSpent);
            committed = committed.add(scaledCommitted);
            days += interventionDays;
        }

        void add(Sums other) {
            add(other.count, other.spent, other.committed, other.days);
        }

        BudgetLine line(Optional<InterventionKind> kind, Optional<LegalReference> basis, Optional<BigDecimal> budget) {
            return BudgetLine.of(
                    kind, basis, count, BudgetPricing.toKroner(spent), BudgetPricing.toKroner(committed), budget, days);
        }

        List<BigDecimal> exact() {
            // compareTo-equal sums may differ in scale; stripTrailingZeros makes equals agree with compareTo.
            return List.of(
                    BigDecimal.valueOf(count),
                    spent.stripTrailingZeros(),
                    committed.stripTrailingZeros(),
                    BigDecimal.valueOf(days));
        }
    }
}
