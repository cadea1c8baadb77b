package dk.fremdrift.validation.review;

import static dk.fremdrift.validation.review.ReviewFixtures.ENGINE;
import static dk.fremdrift.validation.review.ReviewFixtures.REVIEW;
import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.deadlines.DeadlineEvaluation;
import dk.fremdrift.deadlines.DeadlineStatus;
import dk.fremdrift.deadlines.Duty;
import dk.fremdrift.deadlines.Obligation;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.PartId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the review over seeded random cases ({@link RandomReviewCases}). Each case's seed is in the test's
 * name and in every failure message; rerun one with {@code -Dfremdrift.review.seed=<seed>} (the base seed of the
 * whole run) and the same count.
 */
class CaseReviewProperties {

    private static final long BASE_SEED = Long.getLong("fremdrift.review.seed", 20261123L);
    private static final int CASES = Integer.getInteger("fremdrift.review.cases", 400);
    private static final LocalDate FIRST_JUDGED = LocalDate.of(2011, 1, 1);

    static LongStream seeds() {
        SplittableRandom root = new SplittableRandom(BASE_SEED);
        return LongStream.generate(root::nextLong).limit(CASES);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void review_randomCase_neverThrowsAndEveryFindingIsSound(long seed) {
        RandomReviewCases.Sample sample = RandomReviewCases.generate(seed);
        ChildCase c = sample.childCase();
        String at = "seed " + seed;

        ReviewResult result = REVIEW.review(c, sample.asOf());

        assertThat(result.caseId()).as(at).isEqualTo(c.id());
        for (Finding f : result.findings()) {
            String where = at + ", " + f;
            assertThat(f.caseId()).as(where).isEqualTo(c.id());
            assertThat(RuleCatalogue.statutory().find(f.code())).as(where).isPresent();
            assertThat(RuleCatalogue.statutory().find(f.code()).get().severity())
                    .as(where)
                    .isEqualTo(f.severity());
            if (f.partId().isPresent()) {
                PartId part = f.partId().get();
                assertThat(c.findPart(part)).as(where + ": the part resolves").isPresent();
                assertThat(c.pathOf(part))
                        .as(where + ": the path is the part's")
                        .isEqualTo(f.path());
            }
            assertThat(f.isAccepted() && f.severity() != Severity.QUERY)
                    .as(where)
                    .isFalse();
            f.acceptance().ifPresent(a -> assertThat(a.recordedAt()).as(where).isBeforeOrEqualTo(sample.asOf()));
            String text = f.messageDa() + "\n" + f.messageEn() + "\n" + f;
            assertThat(text)
                    .as(where + ": no personal data or free text")
                    .doesNotContain(
                            RandomReviewCases.SECRET,
                            "Jensen",
                            sample.cpr(),
                            sample.cpr().replace("-", ""))
                    .doesNotContain("{", "}");
        }
        assertThat(result.findings())
                .as(at + ": errors, then warnings, then queries")
                .isSortedAccordingTo((a, b) -> a.severity().compareTo(b.severity()));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void review_randomCase_timelinessFindingsAreExactlyTheEnginesLateDeadlines(long seed) {
        RandomReviewCases.Sample sample = RandomReviewCases.generate(seed);
        ChildCase c = sample.childCase();
        List<DeadlineEvaluation> evaluations = ENGINE.evaluate(c, sample.asOf());

        List<Finding> timely = REVIEW.review(c, sample.asOf()).findings().stream()
                .filter(f -> f.deadline().isPresent())
                .filter(f -> f.deadline().get().status() != DeadlineStatus.UNDETERMINED)
                .toList();

        List<DeadlineEvaluation> matched = new ArrayList<>();
        for (Finding f : timely) {
            DeadlineReference d = f.deadline().get();
            List<DeadlineEvaluation> same = evaluations.stream()
                    .filter(e -> e.ruleId().equals(d.ruleId())
                            && e.occurrence() == d.occurrence()
                            && e.subjectId().equals(f.partId())
                            && e.dueDate().equals(d.dueDate())
                            && e.triggerDate().equals(d.triggerDate())
                            && e.status() == d.status())
                    .toList();
            assertThat(same)
                    .as("seed " + seed + ", " + f + ": one engine evaluation")
                    .hasSize(1);
            assertThat(same.get(0).status()).isIn(DeadlineStatus.OVERDUE, DeadlineStatus.MET_LATE);
            if (f.code().equals("BL-95-FOLLOW-UP-FREQUENCY")) {
                // The statute leaves later follow-ups to the municipality: the finding cites § 95, stk. 3.
                assertThat(f.legalBasis().toDanish()).isEqualTo("barnets lov § 95, stk. 3");
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
            } else {
                assertThat(f.legalBasis()).isEqualTo(same.get(0).rule().legalBasis());
            }
            matched.add(same.get(0));
        }
        // The other way round: every late deadline of the municipality is reported once; a preliminary
        // assessment is reported with its investigation, and a party's late complaint is no breach.
        Set<DeadlineEvaluation> reported = Set.copyOf(matched);
        List<DeadlineEvaluation> late = evaluations.stream()
                .filter(e -> e.status() == DeadlineStatus.OVERDUE || e.status() == DeadlineStatus.MET_LATE)
                .filter(e -> e.rule().obligation() == Obligation.MUNICIPALITY)
                .filter(e -> !e.duty().equals(Duty.PRELIMINARY_ASSESSMENT))
                .filter(e -> !e.triggerDate().isBefore(FIRST_JUDGED))
                .toList();
        assertThat(matched)
                .as("seed " + seed + ": no evaluation reported twice")
                .doesNotHaveDuplicates();
        assertThat(late.stream()
                        .filter(e -> !reported.contains(e))
                        .map(Object::toString)
                        .collect(Collectors.toList()))
                .as("seed " + seed + ": late deadlines without a finding")
                .isEmpty();
    }

    @Test
    void generator_allSeeds_exerciseMostRulesEverySeverityAndAcceptedQueries() {
        Set<String> codes = new TreeSet<>();
        Set<Severity> severities = EnumSet.noneOf(Severity.class);
        int accepted = 0;
        for (long seed : seeds().toArray()) {
            RandomReviewCases.Sample sample = RandomReviewCases.generate(seed);
            for (Finding f : REVIEW.review(sample.childCase(), sample.asOf()).findings()) {
                codes.add(f.code());
                severities.add(f.severity());
                accepted += f.isAccepted() ? 1 : 0;
            }
        }
        System.out.println("CaseReviewProperties: base seed " + BASE_SEED + ", " + CASES + " cases, " + codes.size()
                + " rule codes found, " + accepted + " accepted queries");

        assertThat(severities).as("base seed " + BASE_SEED).containsExactlyInAnyOrder(Severity.values());
        assertThat(codes).as("base seed " + BASE_SEED).hasSizeGreaterThanOrEqualTo(30);
        assertThat(accepted).as("base seed " + BASE_SEED).isPositive();
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void review_randomCase_deterministic(long seed) {
        RandomReviewCases.Sample sample = RandomReviewCases.generate(seed);
        RandomReviewCases.Sample again = RandomReviewCases.generate(seed);

        ReviewResult first = REVIEW.review(sample.childCase(), sample.asOf());
        ReviewResult second = CaseReview.of(ENGINE).review(again.childCase(), again.asOf());

        assertThat(again.childCase())
                .as("seed " + seed + ": the generator is seeded")
                .isEqualTo(sample.childCase());
        assertThat(second).as("seed " + seed).isEqualTo(first);
        assertThat(Optional.of(first.findings().size()))
                .as("seed " + seed)
                .contains(second.findings().size());
    }
}
