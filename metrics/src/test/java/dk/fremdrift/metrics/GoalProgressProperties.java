package dk.fremdrift.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.model.Goal;
import dk.fremdrift.model.GoalArea;
import dk.fremdrift.model.GoalIndicator;
import dk.fremdrift.model.GoalMeasurement;
import dk.fremdrift.model.PartId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link GoalProgress#of} finds the latest and the reference measurement by scanning, and answers exactly as the
 * filtered, stably sorted stream it replaces ({@link #before}), for random goals with many measurements on the same
 * dates, some after asOf, rising, falling and flat scales and due dates on both sides of asOf. The seed is in the
 * test's name and in every assertion's description.
 */
class GoalProgressProperties {

    static LongStream seeds() {
        return LongStream.range(0, 12).map(i -> 0x60A1L * 31 + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void of_randomGoals_sameAsTheSortedStream(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        LocalDate asOf = LocalDate.of(2025, 11, 20);
        for (int i = 0; i < 3_000; i++) {
            Goal goal = Goal.of(PartId.of("g" + i), GoalArea.values()[random.nextInt(GoalArea.values().length)], "mål");
            if (random.nextInt(8) > 0) {
                double baseline = random.nextInt(5);
                double target = random.nextInt(5);
                LocalDate due = asOf.plusDays(random.nextInt(-20, 20));
                goal = goal.withIndicator(GoalIndicator.of("Skala 0-4", 0, 4, baseline, target), due);
                List<GoalMeasurement> ms = new ArrayList<>();
                for (int m = random.nextInt(7); m > 0; m--) {
                    // Few distinct dates, so that ties are common; values tell the measurements apart.
                    ms.add(GoalMeasurement.of(asOf.plusDays(random.nextInt(-4, 3)), random.nextInt(5)));
                }
                goal = goal.withMeasurements(ms.toArray(GoalMeasurement[]::new));
            }
            assertThat(GoalProgress.of(goal, asOf))
                    .as("seed %d, goal %d", seed, i)
                    .isEqualTo(before(goal, asOf));
        }
    }

    /** {@code GoalProgress.of} before the second performance pass. */
    private static GoalProgress before(Goal goal, LocalDate asOf) {
        if (goal.indicator().isEmpty()) {
            return new GoalProgress(goal.area(), GoalStatus.NOT_MEASURABLE, Optional.empty());
        }
        GoalIndicator indicator = goal.indicator().get();
        List<GoalMeasurement> seen = goal.measurements().stream()
                .filter(m -> !m.date().isAfter(asOf))
                .sorted(Comparator.comparing(GoalMeasurement::date))
                .toList();
        if (seen.isEmpty()) {
            return new GoalProgress(goal.area(), GoalStatus.NO_MEASUREMENTS, Optional.empty());
        }
        double latest = seen.get(seen.size() - 1).value();
        double reference = seen.size() > 1 ? seen.get(seen.size() - 2).value() : indicator.baseline();
        double baseline = indicator.baseline();
        double target = indicator.target();
        double fraction = (latest - baseline) / (target - baseline) + 0.0;
        Optional<Double> progress =
                baseline == target || !Double.isFinite(fraction) ? Optional.empty() : Optional.of(fraction);
        return new GoalProgress(goal.area(), status(indicator, goal.due(), asOf, latest, reference), progress);
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
