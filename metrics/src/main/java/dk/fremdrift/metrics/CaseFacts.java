package dk.fremdrift.metrics;

import dk.fremdrift.deadlines.DeadlineEvaluation;
import dk.fremdrift.deadlines.Duty;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.InterventionKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One case as every {@link Indicator} reads it: the case, the deadline engine's evaluations of it at the aggregation's
 * asOf, and what the aggregation's settings say about dates. What several indicators need of a case (its days and
 * keys: the responsible team and caseworker, the child's age band, the month) is worked out once per case, behind
 * {@link Observations}, so that the pass over a case stays single however many indicators read it.
 *
 * <p>The facts are those of the case being added, and only while {@link Indicator#observe} runs: an indicator must
 * not keep them.
 */
public final class CaseFacts {

    private final CaseMeasures measures;
    private final MetricsConfig config;

    CaseFacts(CaseMeasures measures, MetricsConfig config) {
        this.measures = measures;
        this.config = config;
    }

    /**
     * Returns the case.
     *
     * @return the case being added
     */
    public ChildCase childCase() {
        return measures.currentCase();
    }

    /**
     * Returns the deadline engine's evaluations of the case at the aggregation's asOf, in the engine's order.
     *
     * @return the evaluations
     */
    public List<DeadlineEvaluation> evaluations() {
        return measures.currentEvaluations();
    }

    /**
     * Returns the aggregation's settings: asOf, zone, reporting period and thresholds.
     *
     * @return the settings
     */
    public MetricsConfig config() {
        return config;
    }

    /**
     * Returns asOf's date in the aggregation's zone (Europe/Copenhagen), the date stock indicators observe on.
     *
     * @return the date
     */
    public LocalDate asOfDate() {
        return measures.asOfDate();
    }

    /**
     * Returns the last day events are counted on, as {@link MetricsConfig#lastDayCounted()}: asOf's date, or the
     * period's last day if that is earlier; worked out once for the aggregation.
     *
     * @return the last day counted
     */
    public LocalDate lastDayCounted() {
        return measures.lastDayCounted();
    }

    /**
     * Tells whether an event on a date counts: in the reporting period and not after asOf's date ({@link
     * MetricsConfig#counts(LocalDate)}).
     *
     * @param date the date of the event
     * @return true if it counts
     */
    public boolean counts(LocalDate date) {
        return measures.counts(date);
    }

    /**
     * Tells whether the case is open on asOf's date, and so in the stock indicators' population.
     *
     * @return true if open
     */
    public boolean isOpenAtAsOf() {
        return measures.isOpen();
    }

    /**
     * Returns the date of a moment in the aggregation's zone (Europe/Copenhagen): the Danish date of a notification's
     * receipt, say.
     *
     * @param moment the moment
     * @return its date
     */
    public LocalDate dateOf(Instant moment) {
        return measures.date(Objects.requireNonNull(moment, "moment"));
    }

    /**
     * Returns the child's age in whole years on a date ({@code Period.between(birthDate, date).getYears()}; 0 before
     * the birth).
     *
     * @param date the date
     * @return the age
     */
    public int ageOn(LocalDate date) {
        LocalDate born = measures.currentCase().child().birthDate();
        return date.isBefore(born) ? 0 : AgeBands.wholeYears(born, Objects.requireNonNull(date, "date"));
    }

    /**
     * Returns the progress at asOf's date of every goal of the plans made by then, in the order of the plans and their
     * goals ({@link GoalProgress#of(dk.fremdrift.model.Goal, LocalDate)}), worked out once per case.
     *
     * @return the progress of each goal
     */
    public List<GoalProgress> goalProgress() {
        return measures.goalProgress();
    }

    /** The slot of a duty an on-time unit counts (its evaluations are found by duty once per case), or -1. */
    int slotOf(Duty duty) {
        return measures.slotOf(duty);
    }

    /** The number of the case's evaluations of a slot's duty. */
    int slotCount(int slot) {
        return measures.slotCount(slot);
    }

    /** The indices in {@link #evaluations()} of the evaluations of a slot's duty; the first {@link #slotCount}. */
    int[] slotEvaluations(int slot) {
        return measures.slotEvaluations(slot);
    }

    /**
     * The kind of the intervention an evaluation is about, for an indicator broken down by kind.
     *
     * @param evaluation the index of the evaluation in {@link #evaluations()}
     */
    InterventionKind interventionKind(int evaluation) {
        return measures.kindOf(evaluation);
    }

    @Override
    public String toString() {
        return "CaseFacts[asOf=" + config.asOf() + "]";
    }
}
