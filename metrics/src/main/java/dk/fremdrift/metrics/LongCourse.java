package dk.fremdrift.metrics;

import dk.fremdrift.model.CaseId;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.Intervention;
import dk.fremdrift.model.PartId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A long course without measured progress: an open case with an intervention that has run for {@link
 * MetricsConfig#longCourseMonths()} months or more on asOf's date, whose plans' goals show no measured progress (none
 * achieved or improving, which includes a case with no measurable goal). The case behind {@link
 * Indicators#LONG_COURSES_WITHOUT_PROGRESS}, for the list a leader goes through: the indicator counts the cases this
 * finds, the list names them (administrative use only: it holds the case's key).
 *
 * @param caseId the case's key
 * @param intervention the longest-running intervention of the case that makes it a long course
 * @param since the day that intervention started
 * @param goals the number of goals of the case's plans (measurable or not)
 */
public record LongCourse(CaseId caseId, PartId intervention, LocalDate since, int goals) {

    /**
     * Checks the parts.
     *
     * @param caseId the case's key
     * @param intervention the intervention
     * @param since its start
     * @param goals the number of goals, 0 or more
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code goals} is negative
     */
    public LongCourse {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(intervention, "intervention");
        Objects.requireNonNull(since, "since");
        if (goals < 0) {
            throw new IllegalArgumentException("goals: expected 0 or more, got a negative number");
        }
    }

    /**
     * Finds whether a case is a long course without measured progress under the settings.
     *
     * @param childCase the case
     * @param config the settings: asOf and the length of a long course
     * @return the long course, or empty if the case is closed at asOf, has no intervention running that long, or has
     *     a goal achieved or improving
     * @throws NullPointerException if an argument is null
     */
    public static Optional<LongCourse> of(ChildCase childCase, MetricsConfig config) {
        Objects.requireNonNull(childCase, "childCase");
        Objects.requireNonNull(config, "config");
        LocalDate asOf = config.asOfDate();
        if (childCase.opened().isAfter(asOf)
                || childCase.closing().map(c -> !c.closed().isAfter(asOf)).orElse(false)) {
            return Optional.empty();
        }
        return find(childCase, asOf, config.longCourseMonths(), GoalProgress.ofPlans(childCase, asOf));
    }

    /**
     * Finds the long course of an open case, given its goals' progress at asOf; the indicator counts with it.
     *
     * @param childCase the case, open at asOf
     * @param asOf asOf's date
     * @param months the length of a long course
     * @param goals the progress of the goals of the case's plans at asOf
     * @return the long course, or empty
     */
    public static Optional<LongCourse> find(ChildCase childCase, LocalDate asOf, int months, List<GoalProgress> goals) {
        LocalDate startedBy = asOf.minusMonths(months);
        Intervention longest = null;
        for (Intervention iv : childCase.interventions()) {
            if (!iv.start().isAfter(startedBy)
                    && iv.isActiveOn(asOf)
                    && (longest == null || iv.start().isBefore(longest.start()))) {
                longest = iv;
            }
        }
        if (longest == null) {
            return Optional.empty();
        }
        for (GoalProgress g : goals) {
            if (g.status() == GoalStatus.ACHIEVED || g.status() == GoalStatus.IMPROVING) {
                return Optional.empty();
            }
        }
        return Optional.of(new LongCourse(childCase.id(), longest.id(), longest.start(), goals.size()));
    }
}
