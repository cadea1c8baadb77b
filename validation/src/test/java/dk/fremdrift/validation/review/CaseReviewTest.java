package dk.fremdrift.validation.review;

import static dk.fremdrift.validation.review.ReviewFixtures.ENGINE;
import static dk.fremdrift.validation.review.ReviewFixtures.REVIEW;
import static dk.fremdrift.validation.review.ReviewFixtures.aCase;
import static dk.fremdrift.validation.review.ReviewFixtures.date;
import static dk.fremdrift.validation.review.ReviewFixtures.decision;
import static dk.fremdrift.validation.review.ReviewFixtures.id;
import static dk.fremdrift.validation.review.ReviewFixtures.local;
import static dk.fremdrift.validation.review.ReviewFixtures.noon;
import static dk.fremdrift.validation.review.ReviewFixtures.notification;
import static dk.fremdrift.validation.review.ReviewFixtures.worker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fremdrift.model.Assessment;
import dk.fremdrift.model.AssessmentOutcome;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.DecisionKind;
import dk.fremdrift.model.Goal;
import dk.fremdrift.model.GoalArea;
import dk.fremdrift.model.Justification;
import dk.fremdrift.model.Notification;
import dk.fremdrift.model.NotifierKind;
import dk.fremdrift.model.Plan;
import dk.fremdrift.model.PlanKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CaseReviewTest {

    private static final String MGMT = "BL-MGMT-REVIEW";

    /**
     * A serious notification with no management review (a query on n1), assessed two days late (an error), and a
     * plan whose goal is not measurable (a warning).
     */
    private static ChildCase.Builder mixed() {
        return aCase(date("2026-01-10"))
                .addNotification(Notification.of(id("n1"), local("2026-01-10T09:00"), NotifierKind.CITIZEN)
                        .withAssessment(Assessment.of(local("2026-01-12T12:00"), AssessmentOutcome.ENDANGERED)))
                .addPlan(Plan.of(
                        id("p1"), PlanKind.CHILD_PLAN, date("2026-02-01"), Goal.of(id("g1"), GoalArea.HEALTH, "x")));
    }

    private static Justification justification(String id, String code, String part, String recordedAt) {
        Justification j = Justification.of(id(id), code, worker("leder-1"), local(recordedAt), "Begrundelse");
        return part == null ? j : j.withPart(id(part));
    }

    @Test
    void review_withTheEnginesEvaluations_sameResultAsReviewAlone() {
        ChildCase c = mixed().build();
        java.time.Instant asOf = noon("2026-06-01");

        ReviewResult shared = REVIEW.review(c, asOf, REVIEW.engine().evaluate(c, asOf));

        assertThat(shared).isEqualTo(REVIEW.review(c, asOf));
        assertThatThrownBy(() -> REVIEW.review(c, asOf, REVIEW.engine().evaluate(c, noon("2026-05-01"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("evaluations: expected the engine's evaluations of case");
    }

    @Test
    void review_evaluationsInAPlainList_sameResultAsTheEngines_andANullOneRejected() {
        ChildCase c = mixed().build();
        java.time.Instant asOf = noon("2026-06-01");
        java.util.List<dk.fremdrift.deadlines.DeadlineEvaluation> plain =
                new java.util.ArrayList<>(REVIEW.engine().evaluate(c, asOf));

        assertThat(REVIEW.review(c, asOf, plain)).isEqualTo(REVIEW.review(c, asOf));
        plain.add(null);
        assertThatThrownBy(() -> REVIEW.review(c, asOf, plain)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void review_errorWarningAndQuery_orderedBySeverityWithCounts() {
        ReviewResult result = REVIEW.review(mixed().build(), noon("2026-06-01"));

        assertThat(result.findings())
                .extracting(Finding::code)
                .containsExactly("BL-136-ASSESSMENT-24H", "BL-GOALS-MEASURABLE", MGMT);
        assertThat(result.countsBySeverity())
                .isEqualTo(Map.of(Severity.ERROR, 1, Severity.WARNING, 1, Severity.QUERY, 1));
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.caseId()).isEqualTo(mixed().build().id());
        assertThat(result.asOf()).isEqualTo(noon("2026-06-01"));
        assertThat(result.openFindings()).hasSize(3);
    }

    @Test
    void review_justificationOfTheQueryForItsPart_acceptedAndStillReported() {
        ChildCase c = mixed().addJustification(justification("j1", MGMT, "n1", "2026-05-01T10:00"))
                .build();

        ReviewResult result = REVIEW.review(c, noon("2026-06-01"));

        assertThat(result.findingsOf(MGMT)).singleElement().satisfies(f -> {
            assertThat(f.isAccepted()).isTrue();
            assertThat(f.acceptance()).contains(new Acceptance(id("j1"), worker("leder-1"), local("2026-05-01T10:00")));
        });
        assertThat(result.count(Severity.QUERY)).isEqualTo(1);
        assertThat(result.openFindings()).extracting(Finding::code).doesNotContain(MGMT);
    }

    @Test
    void review_justificationRecordedAfterAsOf_notSeen() {
        ChildCase c = mixed().addJustification(justification("j1", MGMT, "n1", "2026-06-02T10:00"))
                .build();

        assertThat(REVIEW.review(c, noon("2026-06-01")).findingsOf(MGMT))
                .singleElement()
                .satisfies(f -> assertThat(f.isAccepted()).isFalse());
        assertThat(REVIEW.review(c, noon("2026-06-03")).findingsOf(MGMT))
                .singleElement()
                .satisfies(f -> assertThat(f.isAccepted()).isTrue());
    }

    @Test
    void review_justificationForAnotherPartOrTheWholeCase_notAccepted() {
        ChildCase c = mixed().addJustification(justification("j1", MGMT, "p1", "2026-05-01T10:00"))
                .addJustification(justification("j2", MGMT, null, "2026-05-01T10:00"))
                .build();

        assertThat(REVIEW.review(c, noon("2026-06-01")).findingsOf(MGMT))
                .singleElement()
                .satisfies(f -> assertThat(f.isAccepted()).isFalse());
    }

    @Test
    void review_twoMatchingJustifications_theEarliestAccepts() {
        ChildCase c = mixed().addJustification(justification("j1", MGMT, "n1", "2026-05-03T10:00"))
                .addJustification(justification("j2", MGMT, "n1", "2026-05-01T10:00"))
                .build();

        assertThat(REVIEW.review(c, noon("2026-06-01")).findingsOf(MGMT))
                .singleElement()
                .satisfies(f -> assertThat(f.acceptance())
                        .hasValueSatisfying(a -> assertThat(a.justificationId()).isEqualTo(id("j2"))));
    }

    @Test
    void review_justificationsOfAnErrorAndAWarning_neverAccepted() {
        ChildCase c = mixed().addJustification(justification("j1", "BL-136-ASSESSMENT-24H", "n1", "2026-05-01T10:00"))
                .addJustification(justification("j2", "BL-GOALS-MEASURABLE", "g1", "2026-05-01T10:00"))
                .build();

        ReviewResult result = REVIEW.review(c, noon("2026-06-01"));

        assertThat(result.findingsOf("BL-136-ASSESSMENT-24H"))
                .singleElement()
                .satisfies(f -> assertThat(f.isAccepted()).isFalse());
        assertThat(result.findingsOf("BL-GOALS-MEASURABLE"))
                .singleElement()
                .satisfies(f -> assertThat(f.isAccepted()).isFalse());
    }

    @Test
    void review_sameInputTwice_equalResults() {
        ChildCase c = mixed().build();

        assertThat(REVIEW.review(c, noon("2026-06-01")))
                .isEqualTo(CaseReview.of(ENGINE).review(c, noon("2026-06-01")));
    }

    @Test
    void review_caseInOrder_noFindings() {
        ChildCase c = aCase(date("2026-03-27"))
                .addNotification(notification("n1", "2026-03-27T16:05", "2026-03-28T09:10"))
                .build();

        ReviewResult result = REVIEW.review(c, noon("2026-04-01"));

        assertThat(result.findings()).isEmpty();
        assertThat(result.hasErrors()).isFalse();
        assertThat(result.countsBySeverity()).containsValues(0, 0, 0);
    }

    @Test
    void review_onlyTheBarnetsLovPack_servicelovenEventsNotJudged() {
        CaseReview onlyBl = CaseReview.of(ENGINE, List.of(RulePack.barnetsLov()));
        ChildCase c = aCase(date("2023-06-01"))
                .addNotification(notification("n1", "2023-06-01T10:00", null))
                .addNotification(notification("n2", "2024-06-03T10:00", null))
                .build();

        assertThat(onlyBl.review(c, noon("2024-07-01")).findings())
                .extracting(Finding::code, f -> f.path().orElseThrow())
                .contains(org.assertj.core.groups.Tuple.tuple("BL-136-ASSESSMENT-24H", "notifications[1]"))
                .noneMatch(t -> t.toList().contains("notifications[0]"));
    }

    @Test
    void of_overlappingOrNoPacks_rejected() {
        assertThatThrownBy(() -> CaseReview.of(ENGINE, List.of(RulePack.barnetsLov(), RulePack.barnetsLov())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("do not overlap");
        assertThatThrownBy(() -> CaseReview.of(ENGINE, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one");
    }

    @Test
    void of_packsOutOfOrder_sortedByDate() {
        CaseReview review = CaseReview.of(ENGINE, List.of(RulePack.barnetsLov(), RulePack.serviceloven()));

        assertThat(review.packs()).extracting(RulePack::id).containsExactly("SEL", "BL");
        assertThat(review.catalogue().rules())
                .isEqualTo(RuleCatalogue.statutory().rules());
        assertThat(review.engine()).isSameAs(ENGINE);
        assertThat(review).hasToString("CaseReview[packs=[SEL, BL]]");
    }

    @Test
    void review_nullArguments_throwNullPointerExceptionNamingTheArgument() {
        ChildCase c = mixed().build();

        assertThatThrownBy(() -> REVIEW.review(null, Instant.EPOCH))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("childCase");
        assertThatThrownBy(() -> REVIEW.review(c, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("asOf");
        assertThatThrownBy(() -> CaseReview.of(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void reviewResult_toString_countsWithoutMessages() {
        ReviewResult result = REVIEW.review(mixed().build(), noon("2026-06-01"));

        assertThat(result.toString())
                .startsWith("ReviewResult[case=S-2026-000001, asOf=2026-06-01T10:00:00Z, {ERROR=1, WARNING=1, QUERY=1}")
                .doesNotContain("Underretningen");
    }

    @Test
    void review_refusedDecisionWithoutConversation_stillNeedsOne() {
        ChildCase c = aCase(date("2026-01-01"))
                .addDecision(decision("d1", DecisionKind.SUPPORT, "2026-02-01")
                        .withOutcome(dk.fremdrift.model.DecisionOutcome.REFUSED))
                .build();

        assertThat(REVIEW.review(c, noon("2026-03-01")).findingsOf("BL-5-CHILD-CONVERSATION"))
                .hasSize(1);
    }
}
