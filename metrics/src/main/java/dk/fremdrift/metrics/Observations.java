package dk.fremdrift.metrics;

import dk.fremdrift.metrics.Tally.Keys;
import dk.fremdrift.model.InterventionKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Where an {@link Indicator} puts what one case adds to it. Each observation is made on a date, and counts in the
 * overall cell and in the cell of each of the indicator's breakdowns that the date decides: the team and caseworker
 * responsible that day ({@link dk.fremdrift.model.ChildCase#assignmentOn}, or {@link Dimension#UNASSIGNED}), the
 * child's age band that day, and the month; the intervention kind is given where the definition has that breakdown.
 * A cell counts the distinct cases behind it, so that the political profile can withhold small ones.
 *
 * <p>Which methods an indicator may call follows from its definition's {@link IndicatorKind}:
 *
 * <ul>
 *   <li>{@link IndicatorKind#PROPORTION}: {@link #judged(LocalDate, Outcome)}, one unit of the population each;
 *   <li>{@link IndicatorKind#COUNT}: {@link #count(LocalDate)};
 *   <li>{@link IndicatorKind#DAYS}: {@link #days(LocalDate, int)}, or {@link #judged(LocalDate, Outcome)} with
 *       {@link Outcome#CENSORED} or {@link Outcome#EXCLUDED} for a unit without a number of days yet;
 *   <li>{@link IndicatorKind#MEAN}: {@link #value(LocalDate, BigDecimal)}, or {@link #countOf(LocalDate, long)} for a
 *       mean of counts ({@link Indicator#meanOfCounts()});
 *   <li>{@link IndicatorKind#DISTRIBUTION}: {@link #category(LocalDate, String)}, one of the definition's categories;
 *   <li>{@link IndicatorKind#RATE}: {@link #event(LocalDate)} and {@link #exposure(LocalDate, LocalDate)}, with the
 *       intervention kind where the definition has that breakdown.
 * </ul>
 *
 * <p>Another call is a mistake in the indicator and throws {@link IllegalStateException}, as does an observation
 * without an intervention kind for a definition with that breakdown, or with one for a definition without it.
 */
public final class Observations {

    private final IndicatorDefinition definition;
    private final Tally tally;
    private final CaseDays days;
    private final boolean byKind;
    private final boolean meanOfCounts;

    Observations(Indicator indicator, Tally tally, CaseDays days) {
        this.definition = indicator.definition();
        this.tally = tally;
        this.days = days;
        this.byKind = definition.hasDimension(Dimension.INTERVENTION_KIND);
        this.meanOfCounts = indicator.meanOfCounts();
    }

    /**
     * Counts one unit of a proportion's population with its outcome; for {@link IndicatorKind#DAYS}, a unit counted
     * apart ({@link Outcome#CENSORED} or {@link Outcome#EXCLUDED}).
     *
     * @param date the date that decides the unit's cells, such as the trigger of a deadline
     * @param outcome how the unit counts
     */
    public void judged(LocalDate date, Outcome outcome) {
        judged(keys(date, null), outcome);
    }

    /**
     * As {@link #judged(LocalDate, Outcome)}, for a definition broken down by intervention kind.
     *
     * @param date the date that decides the unit's cells
     * @param kind the kind of the intervention the unit is about
     * @param outcome how the unit counts
     */
    public void judged(LocalDate date, InterventionKind kind, Outcome outcome) {
        judged(keys(date, Objects.requireNonNull(kind, "kind")), outcome);
    }

    void judged(Keys keys, Outcome outcome) {
        Objects.requireNonNull(outcome, "outcome");
        if (definition.kind() == IndicatorKind.DAYS) {
            if (outcome != Outcome.CENSORED && outcome != Outcome.EXCLUDED) {
                throw new IllegalStateException(definition.id() + ": a DAYS indicator counts a unit without days as"
                        + " CENSORED or EXCLUDED, got " + outcome);
            }
        } else {
            expect(IndicatorKind.PROPORTION);
        }
        tally.add(keys, outcome.slot(), 1);
    }

    /**
     * Counts one unit of a {@link IndicatorKind#COUNT}.
     *
     * @param date the date of the unit, such as the day a notification was received
     */
    public void count(LocalDate date) {
        expect(IndicatorKind.COUNT);
        tally.add(keys(date, null), CellCounts.COUNT, 1);
    }

    /**
     * Counts one unit of a {@link IndicatorKind#DAYS} with its number of days.
     *
     * @param date the date that decides the unit's cells, such as the start of what is measured
     * @param days the number of days, 0 or more
     * @throws IllegalArgumentException if the days are negative
     */
    public void days(LocalDate date, int days) {
        days(keys(date, null), days);
    }

    /**
     * As {@link #days(LocalDate, int)}, for a definition broken down by intervention kind.
     *
     * @param date the date that decides the unit's cells
     * @param kind the kind of the intervention the unit is about
     * @param days the number of days, 0 or more
     * @throws IllegalArgumentException if the days are negative
     */
    public void days(LocalDate date, InterventionKind kind, int days) {
        days(keys(date, Objects.requireNonNull(kind, "kind")), days);
    }

    private void days(Keys keys, int days) {
        expect(IndicatorKind.DAYS);
        if (days < 0) {
            throw new IllegalArgumentException(definition.id() + ".days: expected 0 or more, got a negative number");
        }
        tally.addDays(keys, days);
    }

    /**
     * Counts one measured value of a {@link IndicatorKind#MEAN}.
     *
     * @param date the date that decides the value's cells
     * @param value the value, summed exactly
     */
    public void value(LocalDate date, BigDecimal value) {
        value(keys(date, null), value);
    }

    /**
     * As {@link #value(LocalDate, BigDecimal)}, for a definition broken down by intervention kind.
     *
     * @param date the date that decides the value's cells
     * @param kind the kind of the intervention the value is about
     * @param value the value, summed exactly
     */
    public void value(LocalDate date, InterventionKind kind, BigDecimal value) {
        value(keys(date, Objects.requireNonNull(kind, "kind")), value);
    }

    private void value(Keys keys, BigDecimal value) {
        expect(IndicatorKind.MEAN);
        if (meanOfCounts) {
            throw new IllegalStateException(definition.id() + ": a mean of counts observes each unit with countOf");
        }
        tally.addMeasured(keys, Objects.requireNonNull(value, "value"));
    }

    /**
     * Counts one unit of a {@link IndicatorKind#MEAN} of counts ({@link Indicator#meanOfCounts()}) with its count,
     * such as a child with its notifications in the period.
     *
     * @param date the date that decides the unit's cells
     * @param count the unit's count, 0 or more
     * @throws IllegalArgumentException if the count is negative
     */
    public void countOf(LocalDate date, long count) {
        expect(IndicatorKind.MEAN);
        if (!meanOfCounts) {
            throw new IllegalStateException(definition.id() + ": a mean of measured values observes each unit with"
                    + " value; a mean of counts says so with meanOfCounts()");
        }
        if (count < 0) {
            throw new IllegalArgumentException(definition.id() + ".count: expected 0 or more, got a negative number");
        }
        tally.add(keys(date, null), CellCounts.SUM, count, CellCounts.UNITS, 1);
    }

    /**
     * Counts one unit of a {@link IndicatorKind#DISTRIBUTION} in a category.
     *
     * @param date the date that decides the unit's cells
     * @param category one of the definition's categories
     * @throws IllegalArgumentException if the definition has no such category
     */
    public void category(LocalDate date, String category) {
        category(keys(date, null), category);
    }

    /**
     * As {@link #category(LocalDate, String)}, for a definition broken down by intervention kind.
     *
     * @param date the date that decides the unit's cells
     * @param kind the kind of the intervention the unit is about
     * @param category one of the definition's categories
     */
    public void category(LocalDate date, InterventionKind kind, String category) {
        category(keys(date, Objects.requireNonNull(kind, "kind")), category);
    }

    private void category(Keys keys, String category) {
        expect(IndicatorKind.DISTRIBUTION);
        List<String> categories = definition.categories();
        int index = categories.indexOf(Objects.requireNonNull(category, "category"));
        if (index < 0) {
            throw new IllegalArgumentException(
                    definition.id() + ".category: expected one of " + categories + ", got another text");
        }
        tally.addCategory(keys, categories, index);
    }

    /**
     * Counts one event of a {@link IndicatorKind#RATE}.
     *
     * @param date the date of the event
     */
    public void event(LocalDate date) {
        expect(IndicatorKind.RATE);
        tally.add(keys(date, null), CellCounts.EVENTS, 1);
    }

    /**
     * As {@link #event(LocalDate)}, for a definition broken down by intervention kind.
     *
     * @param date the date of the event
     * @param kind the kind of the intervention the event is about
     */
    public void event(LocalDate date, InterventionKind kind) {
        expect(IndicatorKind.RATE);
        tally.add(keys(date, Objects.requireNonNull(kind, "kind")), CellCounts.EVENTS, 1);
    }

    /**
     * Counts the days of a {@link IndicatorKind#RATE}'s exposure from one date up to another, each day in the cells
     * that day decides (the period's days only: the days are cut at the period's start and at asOf).
     *
     * @param from the first day
     * @param toExclusive the day after the last
     */
    public void exposure(LocalDate from, LocalDate toExclusive) {
        exposure(from, toExclusive, null);
    }

    /**
     * As {@link #exposure(LocalDate, LocalDate)}, for a definition broken down by intervention kind: every day of the
     * exposure is under the kind given.
     *
     * @param from the first day
     * @param toExclusive the day after the last
     * @param kind the kind of the intervention the days are about
     */
    public void exposure(LocalDate from, LocalDate toExclusive, InterventionKind kind) {
        expect(IndicatorKind.RATE);
        if (byKind != (kind != null)) {
            keys(from, kind); // throws: a kind where none is expected, or none where one is
        }
        days.exposure(
                tally,
                Objects.requireNonNull(from, "from"),
                Objects.requireNonNull(toExclusive, "toExclusive"),
                kind == null ? KeyIds.NONE : kind.ordinal());
    }

    private Keys keys(LocalDate date, InterventionKind kind) {
        Objects.requireNonNull(date, "date");
        if (byKind != (kind != null)) {
            throw new IllegalStateException(definition.id()
                    + (byKind
                            ? ": the definition has an INTERVENTION_KIND breakdown; give the kind of each observation"
                            : ": the definition has no INTERVENTION_KIND breakdown; observe without a kind"));
        }
        Keys keys = days.at(date);
        return kind == null ? keys : keys.withKind(kind.ordinal());
    }

    private void expect(IndicatorKind kind) {
        if (definition.kind() != kind) {
            throw new IllegalStateException(
                    definition.id() + ": a " + definition.kind() + " indicator cannot observe as a " + kind);
        }
    }

    @Override
    public String toString() {
        return "Observations[" + definition.id() + "]";
    }
}
