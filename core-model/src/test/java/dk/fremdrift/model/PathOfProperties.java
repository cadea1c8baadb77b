package dk.fremdrift.model;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.testing.RandomCases;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link ChildCase#pathOf}, which takes the paths of the first parts of each list from a table, gives exactly the
 * paths the concatenation it replaces gave ({@link #before}), for every part of seeded random cases (of {@link
 * RandomCases}) with long lists of parts and many plans and goals added, so that paths both in and beyond the table
 * are asked for, and for keys the case does not have. The seed is in the test's name and in every assertion's
 * description.
 */
class PathOfProperties {

    static LongStream seeds() {
        return LongStream.range(0, 10).map(i -> 0x9A7L * 31 + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void pathOf_everyPartOfLongCases_sameAsBefore(long seed) {
        RandomCases cases = new RandomCases(seed);
        SplittableRandom random = new SplittableRandom(seed);
        LocalDate day = LocalDate.of(2025, 3, 3);
        for (int n = 0; n < 40; n++) {
            ChildCase.Builder b = cases.nextCase().toBuilder();
            for (int i = random.nextInt(25); i > 0; i--) {
                b.addFollowUp(FollowUp.of(PartId.of("xf" + i), day));
            }
            for (int i = random.nextInt(25); i > 0; i--) {
                b.addNotification(Notification.of(
                        PartId.of("xn" + i), Instant.parse("2025-03-03T10:00:00Z"), NotifierKind.PROFESSIONAL));
            }
            for (int p = random.nextInt(12); p > 0; p--) {
                List<Goal> goals = new ArrayList<>();
                for (int g = random.nextInt(12); g > 0; g--) {
                    goals.add(Goal.of(PartId.of("xg" + p + "-" + g), GoalArea.SCHOOL, "mål"));
                }
                b.addPlan(Plan.of(PartId.of("xp" + p), PlanKind.CHILD_PLAN, day, goals.toArray(Goal[]::new)));
            }
            ChildCase c = b.build();
            List<PartId> keys = new ArrayList<>(List.of(PartId.of("absent"), PartId.of("xg99-99")));
            for (List<? extends CasePart> list : lists(c)) {
                for (CasePart part : list) {
                    keys.add(part.id());
                }
            }
            for (Plan p : c.plans()) {
                for (Goal g : p.goals()) {
                    keys.add(g.id());
                }
            }
            for (PartId key : keys) {
                assertThat(c.pathOf(PartId.of(key.value())))
                        .as("seed %d, case %d, %s", seed, n, key)
                        .isEqualTo(before(c, key));
            }
        }
    }

    private static final String[] NAMES = {
        "notifications",
        "screenings",
        "explorations",
        "investigations",
        "childConversations",
        "decisions",
        "plans",
        "interventions",
        "followUps",
        "supervisionVisits",
        "assignments",
        "managementReviews",
        "complaints",
        "accessRequests",
        "justifications"
    };

    private static List<List<? extends CasePart>> lists(ChildCase c) {
        return List.of(
                c.notifications(),
                c.screenings(),
                c.explorations(),
                c.investigations(),
                c.childConversations(),
                c.decisions(),
                c.plans(),
                c.interventions(),
                c.followUps(),
                c.supervisionVisits(),
                c.assignments(),
                c.managementReviews(),
                c.complaints(),
                c.accessRequests(),
                c.justifications());
    }

    /** {@code ChildCase.pathOf} before the second performance pass. */
    private static Optional<String> before(ChildCase c, PartId partId) {
        List<List<? extends CasePart>> lists = lists(c);
        for (int l = 0; l < NAMES.length; l++) {
            List<? extends CasePart> list = lists.get(l);
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).id().equals(partId)) {
                    return Optional.of(NAMES[l] + "[" + i + "]");
                }
            }
        }
        for (int p = 0; p < c.plans().size(); p++) {
            List<Goal> goals = c.plans().get(p).goals();
            for (int g = 0; g < goals.size(); g++) {
                if (goals.get(g).id().equals(partId)) {
                    return Optional.of("plans[" + p + "].goals[" + g + "]");
                }
            }
        }
        return Optional.empty();
    }
}
