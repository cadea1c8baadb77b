package dk.fremdrift.metrics;

import static dk.fremdrift.metrics.Fixtures.BL_32;
import static dk.fremdrift.metrics.Fixtures.aCase;
import static dk.fremdrift.metrics.Fixtures.date;
import static dk.fremdrift.metrics.Fixtures.id;
import static dk.fremdrift.metrics.Fixtures.local;
import static dk.fremdrift.metrics.Fixtures.notification;
import static dk.fremdrift.metrics.Fixtures.overall;
import static dk.fremdrift.metrics.Fixtures.report;
import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.model.AccessRequest;
import dk.fremdrift.model.Assessment;
import dk.fremdrift.model.AssessmentOutcome;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.ChildConversation;
import dk.fremdrift.model.Complaint;
import dk.fremdrift.model.Decision;
import dk.fremdrift.model.DecisionKind;
import dk.fremdrift.model.EmergencyDecision;
import dk.fremdrift.model.Exploration;
import dk.fremdrift.model.FollowUp;
import dk.fremdrift.model.Goal;
import dk.fremdrift.model.GoalArea;
import dk.fremdrift.model.GoalIndicator;
import dk.fremdrift.model.GoalMeasurement;
import dk.fremdrift.model.Intervention;
import dk.fremdrift.model.InterventionKind;
import dk.fremdrift.model.Investigation;
import dk.fremdrift.model.Plan;
import dk.fremdrift.model.PlanKind;
import dk.fremdrift.model.PlanRevision;
import dk.fremdrift.model.Screening;
import dk.fremdrift.model.ScreeningOutcome;
import dk.fremdrift.model.SupervisionVisit;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Indicators#STALLED_CASES} counts every kind of step its definition names: a case whose parts are all old but
 * one date is stalled or not by that date alone. The differential tests' random cases draw few of these kinds.
 */
class StalledStepsTest {

    /** The parts' other dates: more than 60 days before asOf (20 November 2025). */
    private static final LocalDate OLD = date("2025-03-01");
    /** Within 60 days of asOf. */
    private static final LocalDate RECENT = date("2025-11-01");
    /** Also more than 60 days before asOf, and not before OLD: the control. */
    private static final LocalDate ALSO_OLD = date("2025-03-05");

    static Stream<Arguments> steps() {
        return Stream.of(
                step("notification received", d -> aCase("S").addNotification(notification("n1", d + "T10:00"))),
                step(
                        "notification assessed",
                        d -> aCase("S")
                                .addNotification(notification("n1", OLD + "T10:00")
                                        .withAssessment(
                                                Assessment.of(local(d + "T12:00"), AssessmentOutcome.NOT_ENDANGERED)))),
                step(
                        "receipt sent",
                        d -> aCase("S")
                                .addNotification(
                                        notification("n1", OLD + "T10:00").withReceiptSent(local(d + "T12:00")))),
                step(
                        "notifier informed",
                        d -> aCase("S")
                                .addNotification(
                                        notification("n1", OLD + "T10:00").withNotifierInformed(d))),
                step(
                        "screening",
                        d -> aCase("S")
                                .addNotification(notification("n1", OLD + "T10:00"))
                                .addScreening(Screening.of(id("s1"), d, ScreeningOutcome.NO_ACTION, id("n1")))),
                step("exploration started", d -> aCase("S").addExploration(Exploration.of(id("e1"), d))),
                step(
                        "exploration completed",
                        d -> aCase("S")
                                .addExploration(Exploration.of(id("e1"), OLD).withCompleted(d))),
                step("investigation aware", d -> aCase("S").addInvestigation(Investigation.of(id("u1"), d, d))),
                step("investigation started", d -> aCase("S").addInvestigation(Investigation.of(id("u1"), OLD, d))),
                step(
                        "investigation completed",
                        d -> aCase("S")
                                .addInvestigation(
                                        Investigation.of(id("u1"), OLD, OLD).withCompleted(d))),
                step(
                        "preliminary assessment",
                        d -> aCase("S")
                                .addInvestigation(
                                        Investigation.of(id("u1"), OLD, OLD).withPreliminaryAssessment(d))),
                step(
                        "conversation with the child",
                        d -> aCase("S").addChildConversation(ChildConversation.held(id("k1"), d))),
                step(
                        "decision made",
                        d -> aCase("S").addDecision(Decision.of(id("a1"), DecisionKind.SUPPORT, BL_32, d))),
                step(
                        "decision notified",
                        d -> aCase("S")
                                .addDecision(Decision.of(id("a1"), DecisionKind.SUPPORT, BL_32, OLD)
                                        .withNotifiedOn(d))),
                step(
                        "emergency implemented",
                        d -> aCase("S")
                                .addDecision(Decision.of(id("a1"), DecisionKind.SUPPORT, BL_32, OLD)
                                        .withEmergency(EmergencyDecision.of(local(d + "T09:00"))))),
                step(
                        "emergency parties notified",
                        d -> aCase("S")
                                .addDecision(Decision.of(id("a1"), DecisionKind.SUPPORT, BL_32, OLD)
                                        .withEmergency(EmergencyDecision.of(local(OLD + "T09:00"))
                                                .withPartiesNotified(local(d + "T09:00"))))),
                step(
                        "emergency approved",
                        d -> aCase("S")
                                .addDecision(Decision.of(id("a1"), DecisionKind.SUPPORT, BL_32, OLD)
                                        .withEmergency(EmergencyDecision.of(local(OLD + "T09:00"))
                                                .withApprovedOn(d)))),
                step(
                        "plan made",
                        d -> aCase("S")
                                .addPlan(Plan.of(
                                        id("p1"), PlanKind.CHILD_PLAN, d, Goal.of(id("g1"), GoalArea.HEALTH, "x")))),
                step(
                        "plan revised",
                        d -> aCase("S")
                                .addPlan(Plan.of(
                                                id("p1"),
                                                PlanKind.CHILD_PLAN,
                                                OLD,
                                                Goal.of(id("g1"), GoalArea.HEALTH, "x"))
                                        .withRevisions(PlanRevision.of(d)))),
                step(
                        "goal measured",
                        d -> aCase("S")
                                .addPlan(Plan.of(
                                        id("p1"),
                                        PlanKind.CHILD_PLAN,
                                        OLD,
                                        Goal.of(id("g1"), GoalArea.HEALTH, "x")
                                                .withIndicator(
                                                        GoalIndicator.of("Fremmøde (%)", 0, 100, 60, 90),
                                                        date("2026-12-31"))
                                                .withMeasurements(GoalMeasurement.of(d, 75))))),
                step("intervention started", d -> aCase("S").addIntervention(intervention(d))),
                step(
                        "intervention ended",
                        d -> aCase("S").addIntervention(intervention(OLD).withEnd(d))),
                step(
                        "follow-up",
                        d -> aCase("S")
                                .addIntervention(intervention(OLD))
                                .addFollowUp(FollowUp.of(id("f1"), d, id("i1")))),
                step(
                        "supervision visit",
                        d -> aCase("S").addSupervisionVisit(SupervisionVisit.ofHeldConversation(id("v1"), d))),
                step(
                        "complaint received",
                        d -> aCase("S").addDecision(oldDecision()).addComplaint(complaint(d))),
                step(
                        "complaint reassessed",
                        d -> aCase("S")
                                .addDecision(oldDecision())
                                .addComplaint(complaint(OLD).withReassessed(d))),
                step(
                        "complaint forwarded",
                        d -> aCase("S")
                                .addDecision(oldDecision())
                                .addComplaint(complaint(OLD).withForwarded(d))),
                step("access request received", d -> aCase("S").addAccessRequest(AccessRequest.of(id("r1"), d))),
                step(
                        "access request answered",
                        d -> aCase("S")
                                .addAccessRequest(
                                        AccessRequest.of(id("r1"), OLD).withAnswered(d))));
    }

    private static Arguments step(String name, Function<LocalDate, ChildCase.Builder> caseWithStepOn) {
        return Arguments.of(name, caseWithStepOn);
    }

    private static Intervention intervention(LocalDate start) {
        return Intervention.of(id("i1"), InterventionKind.FAMILY_THERAPY, BL_32, start);
    }

    private static Complaint complaint(LocalDate received) {
        return Complaint.of(id("c1"), received, id("a1"));
    }

    private static Decision oldDecision() {
        return Decision.of(id("a1"), DecisionKind.SUPPORT, BL_32, OLD);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("steps")
    void aRecentStepOfEachKindKeepsTheCaseFromStalling(
            String name, Function<LocalDate, ChildCase.Builder> caseWithStepOn) {
        ChildCase recent = caseWithStepOn.apply(RECENT).build();
        ChildCase old = caseWithStepOn.apply(ALSO_OLD).build();
        ChildCase future = caseWithStepOn.apply(date("2025-12-01")).build();

        assertThat(overall(report(recent), Indicators.STALLED_CASES).count())
                .as(name + " recent")
                .contains(0L);
        assertThat(overall(report(old), Indicators.STALLED_CASES).count())
                .as(name + " old")
                .contains(1L);
        assertThat(overall(report(future), Indicators.STALLED_CASES).count())
                .as(name + " after asOf, not seen")
                .contains(1L);
    }
}
