package dk.fremdrift.deadlines;

import static dk.fremdrift.deadlines.Cases.ENGINE;
import static dk.fremdrift.deadlines.Cases.aCase;
import static dk.fremdrift.deadlines.Cases.id;
import static dk.fremdrift.deadlines.Cases.local;
import static dk.fremdrift.deadlines.Cases.noon;
import static dk.fremdrift.deadlines.Cases.of;
import static dk.fremdrift.deadlines.Cases.only;
import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.model.AccessRequest;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.Complaint;
import dk.fremdrift.model.Decision;
import dk.fremdrift.model.DecisionKind;
import dk.fremdrift.model.FollowUp;
import dk.fremdrift.model.Intervention;
import dk.fremdrift.model.InterventionKind;
import dk.fremdrift.model.Investigation;
import dk.fremdrift.model.Law;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.model.Notification;
import dk.fremdrift.model.NotifierKind;
import dk.fremdrift.model.Plan;
import dk.fremdrift.model.PlanKind;
import dk.fremdrift.model.PlanRevision;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** How the evaluator walks a case: events from before the rule book, and cases with many parts of a kind. */
class CaseEvaluatorTest {

    private static final LocalDate FRI_2010_10_01 = LocalDate.of(2010, 10, 1);
    private static final LocalDate MON_2010_10_04 = LocalDate.of(2010, 10, 4);
    private static final LocalDate MON_2010_11_15 = LocalDate.of(2010, 11, 15);
    private static final LocalDate MON_2010_11_22 = LocalDate.of(2010, 11, 22);
    private static final LocalDate MON_2013_06_03 = LocalDate.of(2013, 6, 3);

    /**
     * A case from 2010 with one event of each kind before its duty's first rule: the rule book starts with
     * barnereformen on 1 January 2011, and the access rule with the present offentlighedslov on 1 January 2014.
     */
    private static final ChildCase FROM_2010 = aCase(FRI_2010_10_01, LocalDate.of(2005, 3, 10))
            .addDecision(Decision.of(
                    id("d1"), DecisionKind.SUPPORT, LegalReference.of(Law.SERVICELOVEN, "52"), FRI_2010_10_01))
            .addIntervention(Intervention.of(
                    id("i1"),
                    InterventionKind.FAMILY_THERAPY,
                    LegalReference.of(Law.SERVICELOVEN, "52"),
                    MON_2010_10_04))
            .addInvestigation(Investigation.of(id("u1"), MON_2010_11_15, MON_2010_11_15))
            .addComplaint(Complaint.of(id("k1"), MON_2010_11_22, id("d1")))
            .addAccessRequest(AccessRequest.of(id("a1"), MON_2013_06_03))
            .build();

    static Stream<Arguments> beforeTheRules() {
        return Stream.of(
                Arguments.of(
                        Duty.INVESTIGATION,
                        "investigations[0]",
                        MON_2010_11_15,
                        "municipality aware Monday 2010-11-15; no rule of the duty was in force on that date. Not"
                                + " applicable: SEL-50-INVESTIGATION-4M applies to events from Saturday 2011-01-01."),
                Arguments.of(
                        Duty.COMPLAINT_REASSESSMENT,
                        "complaints[0]",
                        MON_2010_11_22,
                        "complaint received Monday 2010-11-22; no rule of the duty was in force on that date. Not"
                                + " applicable: RSL-66-REASSESSMENT-4W applies to events from Saturday 2011-01-01."),
                Arguments.of(
                        Duty.ACCESS_TO_DOCUMENTS,
                        "accessRequests[0]",
                        MON_2013_06_03,
                        "request for access received Monday 2013-06-03; no rule of the duty was in force on that"
                                + " date. Not applicable: OFL-36-ACCESS-7WD applies to events from Wednesday"
                                + " 2014-01-01."),
                Arguments.of(
                        Duty.FOLLOW_UP,
                        "interventions[0]",
                        MON_2010_10_04,
                        "intervention started Monday 2010-10-04; no rule of the duty was in force on that date. Not"
                                + " applicable: SEL-70-FOLLOW-UP applies to events from Saturday 2011-01-01."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("beforeTheRules")
    void evaluate_eventBeforeItsDutysFirstRule_notApplicableNamingTheRuleAndItsStart(
            Duty duty, String path, LocalDate trigger, String explanation) {
        DeadlineEvaluation e = only(ENGINE.evaluate(FROM_2010, noon(LocalDate.of(2014, 2, 3))), duty);

        assertThat(e.status()).isEqualTo(DeadlineStatus.NOT_APPLICABLE);
        assertThat(e.inapplicability()).isEqualTo(Inapplicability.BEFORE_RULE);
        assertThat(e.inapplicableFrom()).isEqualTo(e.rule().inForce().startInclusive());
        assertThat(e.subjectPath()).contains(path);
        assertThat(e.triggerDate()).isEqualTo(trigger);
        assertThat(e.dueDate()).isEqualTo(trigger);
        assertThat(e.explanation(Locale.ENGLISH)).isEqualTo(explanation);
    }

    @Test
    void evaluate_eventBeforeTheRulesAndAfterAsOf_notListed() {
        List<DeadlineEvaluation> es = ENGINE.evaluate(FROM_2010, noon(LocalDate.of(2010, 11, 1)));

        assertThat(of(es, Duty.INVESTIGATION)).isEmpty();
        assertThat(of(es, Duty.COMPLAINT_REASSESSMENT)).isEmpty();
        assertThat(of(es, Duty.ACCESS_TO_DOCUMENTS)).isEmpty();
        assertThat(of(es, Duty.FOLLOW_UP)).hasSize(1);
    }

    @Test
    void evaluate_fortyNotifications_eachItsOwnPath() {
        ChildCase.Builder b = aCase(LocalDate.of(2026, 3, 2));
        for (int i = 0; i < 40; i++) {
            b.addNotification(Notification.of(
                    id("n" + i), local("2026-03-02T08:00").plusSeconds(60L * i), NotifierKind.PROFESSIONAL));
        }

        List<DeadlineEvaluation> es =
                of(ENGINE.evaluate(b.build(), noon(LocalDate.of(2026, 3, 2))), Duty.NOTIFICATION_ASSESSMENT);

        assertThat(es)
                .extracting(e -> e.subjectPath().orElseThrow())
                .containsExactlyElementsOf(IntStream.range(0, 40)
                        .mapToObj(i -> "notifications[" + i + "]")
                        .toList());
    }

    @Test
    void paths_anyIndex_listAndIndexInBrackets() {
        CaseEvaluator.Paths paths = new CaseEvaluator.Paths("complaints");

        for (int i = -1; i <= 40; i++) {
            assertThat(paths.of(i)).isEqualTo("complaints[" + i + "]");
        }
    }

    // ---- interventions that end -------------------------------------------------------------------------------

    private static final LegalReference SEL_52 = LegalReference.of(Law.SERVICELOVEN, "52");
    private static final LegalReference BL_32 = LegalReference.of(Law.BARNETS_LOV, "32");

    /** A serviceloven intervention from Tuesday 10 January 2023: first follow-up due Monday 10 April. */
    private static ChildCase interventionUntil(LocalDate end, FollowUp... followUps) {
        ChildCase.Builder b = aCase(LocalDate.of(2023, 1, 5))
                .addIntervention(
                        Intervention.of(id("i1"), InterventionKind.FAMILY_THERAPY, SEL_52, LocalDate.of(2023, 1, 10))
                                .withEnd(end));
        for (FollowUp f : followUps) {
            b.addFollowUp(f);
        }
        return b.build();
    }

    @Test
    void evaluate_interventionEndingAfterAsOf_hasNotEndedYet() {
        ChildCase c = interventionUntil(LocalDate.of(2023, 3, 31));

        DeadlineEvaluation before = only(ENGINE.evaluate(c, noon(LocalDate.of(2023, 3, 1))), Duty.FOLLOW_UP);
        DeadlineEvaluation after = only(ENGINE.evaluate(c, noon(LocalDate.of(2023, 4, 3))), Duty.FOLLOW_UP);

        assertThat(before.dueDate()).isEqualTo(LocalDate.of(2023, 4, 10));
        assertThat(before.status()).isEqualTo(DeadlineStatus.OPEN);
        assertThat(before.inapplicability()).isNull();
        assertThat(after.status()).isEqualTo(DeadlineStatus.NOT_APPLICABLE);
        assertThat(after.inapplicability()).isEqualTo(Inapplicability.INTERVENTION_ENDED);
        assertThat(after.inapplicableFrom()).isEqualTo(LocalDate.of(2023, 3, 31));
    }

    @Test
    void evaluate_followUpOnTheLastDay_noLaterOccurrence() {
        LocalDate end = LocalDate.of(2023, 5, 31);
        ChildCase onTheEnd = interventionUntil(end, FollowUp.of(id("f1"), end, id("i1")));
        ChildCase beforeTheEnd = interventionUntil(end, FollowUp.of(id("f1"), LocalDate.of(2023, 4, 5), id("i1")));

        List<DeadlineEvaluation> last = of(ENGINE.evaluate(onTheEnd, noon(LocalDate.of(2023, 12, 1))), Duty.FOLLOW_UP);
        List<DeadlineEvaluation> earlier =
                of(ENGINE.evaluate(beforeTheEnd, noon(LocalDate.of(2023, 12, 1))), Duty.FOLLOW_UP);

        assertThat(last).extracting(DeadlineEvaluation::status).containsExactly(DeadlineStatus.MET_LATE);
        assertThat(earlier)
                .extracting(DeadlineEvaluation::status)
                .containsExactly(DeadlineStatus.MET, DeadlineStatus.NOT_APPLICABLE);
        assertThat(earlier.get(1).inapplicableFrom()).isEqualTo(end);
    }

    // ---- age triggers -----------------------------------------------------------------------------------------

    @Test
    void evaluate_supportEndedBeforeThe16thBirthday_noYouthPlan() {
        // 16 on Monday 1 June 2025; support ended the day before, or on the birthday itself.
        ChildCase endedBefore = youngPerson(LocalDate.of(2025, 5, 31));
        ChildCase endedOnTheDay = youngPerson(LocalDate.of(2025, 6, 1));

        assertThat(of(ENGINE.evaluate(endedBefore, noon(LocalDate.of(2025, 10, 1))), Duty.YOUTH_PLAN))
                .isEmpty();
        assertThat(only(ENGINE.evaluate(endedOnTheDay, noon(LocalDate.of(2025, 10, 1))), Duty.YOUTH_PLAN)
                        .triggerDate())
                .isEqualTo(LocalDate.of(2025, 6, 1));
    }

    private static ChildCase youngPerson(LocalDate supportEnd) {
        return aCase(LocalDate.of(2024, 1, 2), LocalDate.of(2009, 6, 1))
                .addIntervention(
                        Intervention.of(id("i1"), InterventionKind.CONTACT_PERSON, BL_32, LocalDate.of(2024, 1, 2))
                                .withEnd(supportEnd))
                .build();
    }

    @Test
    void evaluate_ageTriggersBeforeBarnetsLov_notApplicableFrom2024() {
        // 16 on 1 June 2022 and 18 on 15 September 2023, supported throughout: both before barnets lov's rules.
        ChildCase sixteen = aCase(LocalDate.of(2022, 1, 3), LocalDate.of(2006, 6, 1))
                .addIntervention(
                        Intervention.of(id("i1"), InterventionKind.CONTACT_PERSON, SEL_52, LocalDate.of(2022, 1, 3)))
                .build();
        ChildCase eighteen = aCase(LocalDate.of(2021, 1, 4), LocalDate.of(2005, 9, 15))
                .addIntervention(
                        Intervention.of(id("i1"), InterventionKind.FOSTER_CARE, SEL_52, LocalDate.of(2021, 1, 4)))
                .build();

        DeadlineEvaluation plan = only(ENGINE.evaluate(sixteen, noon(LocalDate.of(2024, 2, 1))), Duty.YOUTH_PLAN);
        DeadlineEvaluation decision =
                only(ENGINE.evaluate(eighteen, noon(LocalDate.of(2023, 6, 1))), Duty.DECISION_BEFORE_ADULTHOOD);

        assertThat(plan.triggerDate()).isEqualTo(LocalDate.of(2022, 6, 1));
        assertThat(decision.triggerDate()).isEqualTo(LocalDate.of(2023, 9, 15));
        for (DeadlineEvaluation e : List.of(plan, decision)) {
            assertThat(e.status()).isEqualTo(DeadlineStatus.NOT_APPLICABLE);
            assertThat(e.inapplicability()).isEqualTo(Inapplicability.BEFORE_RULE);
            assertThat(e.inapplicableFrom()).isEqualTo(LocalDate.of(2024, 1, 1));
        }
    }

    @Test
    void evaluate_decisionBefore18_supportJudgedOnTheDueDateOnceItHasPassed() {
        // 18 on 15 September 2026: the decision is due 15 March 2026.
        ChildCase endedAfterTheDueDate = placedUntil(LocalDate.of(2026, 3, 31));
        ChildCase endedBeforeTheDueDate = placedUntil(LocalDate.of(2026, 3, 1));

        DeadlineEvaluation overdue = only(
                ENGINE.evaluate(endedAfterTheDueDate, noon(LocalDate.of(2026, 4, 15))), Duty.DECISION_BEFORE_ADULTHOOD);

        assertThat(overdue.dueDate()).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(overdue.status()).isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(of(
                        ENGINE.evaluate(endedBeforeTheDueDate, noon(LocalDate.of(2026, 4, 15))),
                        Duty.DECISION_BEFORE_ADULTHOOD))
                .isEmpty();
        assertThat(only(
                                ENGINE.evaluate(endedBeforeTheDueDate, noon(LocalDate.of(2026, 2, 1))),
                                Duty.DECISION_BEFORE_ADULTHOOD)
                        .status())
                .isEqualTo(DeadlineStatus.OPEN);
    }

    private static ChildCase placedUntil(LocalDate end) {
        return aCase(LocalDate.of(2024, 1, 2), LocalDate.of(2008, 9, 15))
                .addIntervention(Intervention.of(
                                id("i1"),
                                InterventionKind.FOSTER_CARE,
                                LegalReference.of(Law.BARNETS_LOV, "43"),
                                LocalDate.of(2024, 1, 2))
                        .withEnd(end))
                .build();
    }

    // ---- plans ------------------------------------------------------------------------------------------------

    private static final LocalDate MON_2026_03_02 = LocalDate.of(2026, 3, 2);

    private static ChildCase placedOn2March2026(Plan... plans) {
        ChildCase.Builder b = aCase(LocalDate.of(2025, 11, 3))
                .addDecision(Decision.of(
                        id("a1"),
                        DecisionKind.PLACEMENT_WITH_CONSENT,
                        LegalReference.of(Law.BARNETS_LOV, "46"),
                        MON_2026_03_02));
        for (Plan p : plans) {
            b.addPlan(p);
        }
        return b.build();
    }

    @Test
    void evaluate_planMadeBeforeAndRevisedAfterTheDecision_existedWhenDecided() {
        ChildCase c = placedOn2March2026(Plan.of(id("p1"), PlanKind.CHILD_PLAN, LocalDate.of(2025, 12, 1))
                .withRevisions(PlanRevision.of(LocalDate.of(2026, 4, 15))));

        DeadlineEvaluation e = only(ENGINE.evaluate(c, noon(LocalDate.of(2026, 7, 1))), Duty.PLAN);

        assertThat(e.completedOn()).contains(MON_2026_03_02);
        assertThat(e.status()).isEqualTo(DeadlineStatus.MET);
    }

    @Test
    void evaluate_plansOnlyAfterTheDecision_theEarliestMeetsIt() {
        ChildCase c = placedOn2March2026(
                Plan.of(id("p1"), PlanKind.CHILD_PLAN, LocalDate.of(2026, 5, 20)),
                Plan.of(id("p2"), PlanKind.CHILD_PLAN, LocalDate.of(2026, 4, 10)));

        DeadlineEvaluation e = only(ENGINE.evaluate(c, noon(LocalDate.of(2026, 7, 1))), Duty.PLAN);

        assertThat(e.completedOn()).contains(LocalDate.of(2026, 4, 10));
    }

    // ---- re-treatment ------------------------------------------------------------------------------------------

    @Test
    void evaluate_retreatment_metByALaterDecisionOnThePlacementNotByOtherDecisions() {
        ChildCase c = aCase(LocalDate.of(2024, 3, 1))
                .addDecision(Decision.ofPlacementWithoutConsent(
                        id("a1"), dk.fremdrift.model.PlacementDecisionKind.PLACEMENT, LocalDate.of(2024, 4, 17)))
                .addDecision(Decision.of(id("a2"), DecisionKind.SUPPORT, BL_32, LocalDate.of(2024, 10, 1)))
                .addDecision(Decision.of(
                        id("a3"),
                        DecisionKind.TERMINATION,
                        LegalReference.of(Law.BARNETS_LOV, "68"),
                        LocalDate.of(2025, 3, 3)))
                .build();

        DeadlineEvaluation first = only(ENGINE.evaluate(c, noon(LocalDate.of(2025, 5, 1))), Duty.RETREATMENT_FIRST);

        assertThat(first.completedOn()).contains(LocalDate.of(2025, 3, 3));
        assertThat(first.status()).isEqualTo(DeadlineStatus.MET);
    }

    // ---- the end of the calendar ------------------------------------------------------------------------------

    @Test
    void evaluate_dueDateAfterTheCalendarsLastDay_notApplicableOutsideTheCalendar() {
        // The statutory calendar ends on 31 December 2199.
        ChildCase c = aCase(LocalDate.of(2199, 11, 4), LocalDate.of(2190, 1, 1))
                .addNotification(Notification.of(id("n1"), local("2199-12-29T10:00"), NotifierKind.PROFESSIONAL))
                .addInvestigation(Investigation.of(id("u1"), LocalDate.of(2199, 12, 1), LocalDate.of(2199, 12, 1)))
                .addIntervention(
                        Intervention.of(id("i1"), InterventionKind.CONTACT_PERSON, BL_32, LocalDate.of(2199, 12, 1)))
                .build();

        List<DeadlineEvaluation> es = ENGINE.evaluate(c, noon(LocalDate.of(2199, 12, 29)));

        for (Duty duty : List.of(Duty.NOTIFIER_RECEIPT, Duty.PRELIMINARY_ASSESSMENT, Duty.FOLLOW_UP)) {
            DeadlineEvaluation e = only(es, duty);
            assertThat(e.status()).as("%s", duty).isEqualTo(DeadlineStatus.NOT_APPLICABLE);
            assertThat(e.inapplicability()).as("%s", duty).isEqualTo(Inapplicability.OUTSIDE_CALENDAR);
            assertThat(e.explanation(Locale.ENGLISH))
                    .as("%s", duty)
                    .endsWith("Not applicable: a date lies outside the calendar's coverage.");
        }
        assertThat(only(es, Duty.NOTIFICATION_ASSESSMENT).status()).isEqualTo(DeadlineStatus.OPEN);
    }
}
