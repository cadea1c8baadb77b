package dk.fremdrift.metrics;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.Goal;
import dk.fremdrift.model.GoalArea;
import dk.fremdrift.model.GoalIndicator;
import dk.fremdrift.model.GoalMeasurement;
import dk.fremdrift.model.Plan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The progress of one goal in the child's plan (barnets lov § 91, stk. 2; serviceloven § 140, stk. 3) on a date:
 * how far its indicator has moved from the baseline toward the target, and its {@link GoalStatus}.
 *
 * <p>Only measurements dated on or before {@code asOf} are seen. Of those, the <em>latest</em> is the one with the
 * latest date; among measurements on the same date, the one listed last. The <em>previous</em> is the one before
 * it in that order.
 *
 * <p><b>Direction.</b> It follows from the indicator: a target above the baseline means higher is better, a target
 * below the baseline means lower is better. A goal whose target equals its baseline is a goal to <em>maintain</em>
 * a value: it is achieved while the latest measurement equals the target exactly, and otherwise a measurement
 * closer to the target than the previous one (or the baseline) is improving, as far away is no change, and
 * farther away is worsening. A caseworker who means "at least" should set the target beyond the baseline.
 *
 * <p><b>Progress.</b> {@code (latest - baseline) / (target - baseline)}: 0 at the baseline, 1 at the target,
 * negative when worse than the baseline. It is <em>not</em> clamped: a measurement beyond the target gives more
 * than 1 (use {@link #cappedProgress()} to average without letting one goal's overachievement hide another's
 * shortfall). It is absent without a latest measurement, for goals to maintain (the quotient is undefined), and
 * when it overflows a {@code double} (a scale near the limits of {@code double}).
 *
 * <p><b>Status.</b> Decided in this order, the first that applies:
 *
 * <ol>
 *   <li>{@link GoalStatus#NOT_MEASURABLE}: the goal has no indicator;
 *   <li>{@link GoalStatus#NO_MEASUREMENTS}: no measurement on or before {@code asOf}, also past the due date (the
 *       data cannot tell whether the target was reached);
 *   <li>{@link GoalStatus#ACHIEVED}: the latest measurement is at or beyond the target in the direction of
 *       improvement; this holds also when the target was reached after the due date;
 *   <li>{@link GoalStatus#NOT_ACHIEVED_BY_DUE}: the goal has a due date, {@code asOf} is after it (on the due date
 *       itself the goal can still be reached), and the latest measurement has not reached the target; a target
 *       reached before the due date and lost since counts here;
 *   <li>{@link GoalStatus#IMPROVING}, {@link GoalStatus#NO_CHANGE} or {@link GoalStatus#WORSENING}: the latest
 *       measurement compared with the previous one, or with the baseline when it is the only one.
 * </ol>
 *
 * <p>The goal's description is free text and may name people: it is never copied here. Values are compared
 * exactly as the {@code double}s they were recorded as.
 *
 * <pre>{@code
 * Goal goal = Goal.of(PartId.of("g1"), GoalArea.SCHOOL, "...")
 *         .withIndicator(GoalIndicator.of("Skolefremmøde (%)", 0, 100, 60, 90), LocalDate.of(2025, 12, 31))
 *         .withMeasurements(GoalMeasurement.of(LocalDate.of(2025, 5, 1), 75));
 * GoalProgress p = GoalProgress.of(goal, LocalDate.of(2025, 6, 30));
 * p.status();     // IMPROVING
 * p.progress();   // Optional[0.5]
 * }</pre>
 *
 * @param area the area of the child's life the goal is about, for breakdowns
 * @param status the achievement status
 * @param progress the fraction of the way from baseline to target, not clamped; absent as described above
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"area", "status", "progress"})
public record GoalProgress(GoalArea area, GoalStatus status, Optional<Double> progress) {

    /**
     * Checks the progress.
     *
     * @param area the area of the child's life the goal is about, for breakdowns
     * @param status the achievement status
     * @param progress the fraction of the way from baseline to target, not clamped; absent as described above
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the progress is not a finite number
     */
    public GoalProgress {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(progress, "progress");
        progress.ifPresent(p -> {
            if (!Double.isFinite(p)) {
                throw new IllegalArgumentException("progress: expected a finite number, got " + p);
            }
        });
    }

    /**
     * Derives the progress and status of a goal on a date, from its indicator and its measurements on or before
     * that date.
     *
     * @param goal the goal
     * @param asOf the date of the question; measurements after it are not seen
     * @return the progress and status
     * @throws NullPointerException if an argument is null
     */
    public static GoalProgress of(Goal goal, LocalDate asOf) {
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(asOf, "asOf");
        if (goal.indicator().isEmpty()) {
            return new GoalProgress(goal.area(), GoalStatus.NOT_MEASURABLE, Optional.empty());
        }
        GoalIndicator indicator = goal.indicator().get();
        // The measurements seen in date order, those on the same date in their listed order (a stable sort): the
        // latest is the last listed of the latest date, the reference the one before it in that order.
        List<GoalMeasurement> measurements = goal.measurements();
        int last = latestSeen(measurements, asOf, -1);
        if (last < 0) {
            return new GoalProgress(goal.area(), GoalStatus.NO_MEASUREMENTS, Optional.empty());
        }
        int previous = latestSeen(measurements, asOf, last);
        double latest = measurements.get(last).value();
        double reference = previous >= 0 ? measurements.get(previous).value() : indicator.baseline();
        double baseline = indicator.baseline();
        double target = indicator.target();
        // + 0.0 turns -0.0 (at the baseline of a lower-is-better scale) into 0.0. A scale near the limits of double
        // can overflow; such a fraction is left absent rather than failing on data.
        double fraction = (latest - baseline) / (target - baseline) + 0.0;
        Optional<Double> progress =
                baseline == target || !Double.isFinite(fraction) ? Optional.empty() : Optional.of(fraction);
        return new GoalProgress(goal.area(), status(indicator, goal.due(), asOf, latest, reference), progress);
    }

    /**
     * Derives the progress of every goal of the case's plans made on or before {@code asOf}, in the order of the
     * plans and of their goals.
     *
     * @param childCase the case
     * @param asOf the date of the question; plans made and measurements taken after it are not seen
     * @return the progress of each goal, possibly empty
     * @throws NullPointerException if an argument is null
     */
    public static List<GoalProgress> ofPlans(ChildCase childCase, LocalDate asOf) {
        Objects.requireNonNull(childCase, "childCase");
        Objects.requireNonNull(asOf, "asOf");
        List<GoalProgress> result = new ArrayList<>();
        for (Plan plan : childCase.plans()) {
            if (!plan.created().isAfter(asOf)) {
                for (Goal goal : plan.goals()) {
                    result.add(of(goal, asOf));
                }
            }
        }
        return List.copyOf(result);
    }

    /**
     * Returns the progress capped at 1, so that a measurement beyond the target counts as the target; a value
     * below 0 is kept.
     *
     * @return {@code min(progress, 1)}, absent when the progress is absent
     */
    @JsonIgnore
    public Optional<Double> cappedProgress() {
        return progress.map(p -> Math.min(p, 1.0));
    }

    /**
     * The index of the last of the measurements on or before {@code asOf} in date order (ties in listed order),
     * leaving out the one at {@code skip}; -1 if there is none.
     */
    private static int latestSeen(List<GoalMeasurement> measurements, LocalDate asOf, int skip) {
        int best = -1;
        LocalDate bestDate = null;
        for (int i = 0; i < measurements.size(); i++) {
            LocalDate date = measurements.get(i).date();
            if (i != skip && !date.isAfter(asOf) && (bestDate == null || !date.isBefore(bestDate))) {
                best = i;
                bestDate = date;
            }
        }
        return best;
    }

    private static GoalStatus status(
            GoalIndicator indicator, Optional<LocalDate> due, LocalDate asOf, double latest, double reference) {
        double target = indicator.target();
        // Signed so that a positive difference is always an improvement.
        double direction = Math.signum(target - indicator.baseline());
        boolean reached = direction == 0 ? latest == target : (latest - target) * direction >= 0;
        if (reached) {
            return GoalStatus.ACHIEVED;
        }
        if (due.isPresent() && asOf.isAfter(due.get())) {
            return GoalStatus.NOT_ACHIEVED_BY_DUE;
        }
        double better = direction == 0
                // Maintaining: closer to the target is better.
                ? Math.abs(reference - target) - Math.abs(latest - target)
                : (latest - reference) * direction;
        if (better > 0) {
            return GoalStatus.IMPROVING;
        }
        return better < 0 ? GoalStatus.WORSENING : GoalStatus.NO_CHANGE;
    }
}
