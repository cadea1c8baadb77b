package dk.fremdrift.deadlines;

import static dk.fremdrift.deadlines.Cases.ENGINE;
import static dk.fremdrift.deadlines.Cases.aCase;
import static dk.fremdrift.deadlines.Cases.id;
import static dk.fremdrift.deadlines.Cases.local;
import static dk.fremdrift.deadlines.Cases.noon;
import static dk.fremdrift.deadlines.Cases.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fremdrift.deadlines.calendar.DanishCalendar;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.Decision;
import dk.fremdrift.model.DecisionKind;
import dk.fremdrift.model.EmergencyDecision;
import dk.fremdrift.model.FollowUp;
import dk.fremdrift.model.Intervention;
import dk.fremdrift.model.InterventionKind;
import dk.fremdrift.model.Investigation;
import dk.fremdrift.model.Law;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.model.MunicipalityCode;
import dk.fremdrift.model.Notification;
import dk.fremdrift.model.NotifierKind;
import dk.fremdrift.model.PlacementDecisionKind;
import dk.fremdrift.model.Plan;
import dk.fremdrift.model.PlanKind;
import dk.fremdrift.model.SupervisionVisit;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The corrections of issue 13: each deadline follows a legal fact recorded in the case, read from the law's text,
 * never from the order of events; where the fact is missing the engine says it cannot tell.
 */
class RecordedFactsScenarioTest {

    static final LegalReference BL_32 = LegalReference.of(Law.BARNETS_LOV, "32");
    static final LegalReference BL_47 = LegalReference.of(Law.BARNETS_LOV, "47");
    static final LegalReference BL_143 = LegalReference.of(Law.BARNETS_LOV, "143");
    static final LegalReference SEL_58 = LegalReference.of(Law.SERVICELOVEN, "58");
    static final LegalReference BL_23 = LegalReference.of(Law.BARNETS_LOV, "23");

    // ---- re-treatment (serviceloven § 62, stk. 1-2; barnets lov § 50) -------------------------------------------

    @Test
    void retreatment_committeeDecisionAfterAnEmergencyDecision_oneYearFromTheCommitteesDecision() {
        ChildCase c = aCase(LocalDate.of(2025, 3, 1))
                .addDecision(
                        Decision.of(id("e1"), DecisionKind.PLACEMENT_WITHOUT_CONSENT, BL_143, LocalDate.of(2025, 3, 3))
                                .withEmergency(EmergencyDecision.of(local("2025-03-03T10:00"))
                                        .withApprovedOn(LocalDate.of(2025, 3, 7))))
                .addDecision(Decision.ofPlacementWithoutConsent(
                        id("a1"), PlacementDecisionKind.PLACEMENT, LocalDate.of(2025, 3, 28)))
                .build();

        DeadlineEvaluations all = ENGINE.evaluate(c, noon(LocalDate.of(2025, 6, 1)));

        DeadlineEvaluation first = only(all, Duty.RETREATMENT_FIRST);
        assertThat(first.subjectId()).contains(id("a1"));
        assertThat(first.dueDate()).isEqualTo(LocalDate.of(2026, 3, 28));
        assertThat(all.of(Duty.RETREATMENT_REPEAT))
                .as("the committee's decision is no repeat")
                .isEmpty();
    }

    @Test
    void retreatment_importedHistoryStartingWithAMaintenance_twoYearsNotOne() {
        ChildCase c = aCase(LocalDate.of(2025, 1, 2))
                .addDecision(Decision.ofPlacementWithoutConsent(
                        id("a7"), PlacementDecisionKind.MAINTENANCE, LocalDate.of(2025, 2, 3)))
                .build();

        DeadlineEvaluations all = ENGINE.evaluate(c, noon(LocalDate.of(2025, 3, 1)));

        assertThat(all.of(Duty.RETREATMENT_FIRST)).isEmpty();
        assertThat(only(all, Duty.RETREATMENT_REPEAT).dueDate()).isEqualTo(LocalDate.of(2027, 2, 3));
    }

    @Test
    void retreatment_placementOfAChildPlacedInTheYearBefore_twoYears() {
        ChildCase c = aCase(LocalDate.of(2025, 1, 2))
                .addDecision(Decision.ofPlacementWithoutConsent(
                        id("a1"), PlacementDecisionKind.PLACEMENT_AFTER_RECENT_PLACEMENT, LocalDate.of(2025, 5, 6)))
                .build();

        DeadlineEvaluations all = ENGINE.evaluate(c, noon(LocalDate.of(2025, 6, 1)));

        assertThat(only(all, Duty.RETREATMENT_REPEAT).dueDate()).isEqualTo(LocalDate.of(2027, 5, 6));
        assertThat(all.of(Duty.RETREATMENT_FIRST)).isEmpty();
    }

    @Test
    void retreatment_kindNotRecorded_cannotTellOnceNeverGuessed() {
        ChildCase c = aCase(LocalDate.of(2025, 1, 2))
                .addDecision(
                        Decision.of(id("a1"), DecisionKind.PLACEMENT_WITHOUT_CONSENT, BL_47, LocalDate.of(2025, 2, 3)))
                .addDecision(
                        Decision.of(id("a2"), DecisionKind.PLACEMENT_WITHOUT_CONSENT, BL_47, LocalDate.of(2026, 1, 20)))
                .build();

        DeadlineEvaluations all = ENGINE.evaluate(c, noon(LocalDate.of(2026, 3, 1)));

        assertThat(all.of(Duty.RETREATMENT_FIRST))
                .extracting(DeadlineEvaluation::status)
                .containsExactly(DeadlineStatus.UNDETERMINED, DeadlineStatus.UNDETERMINED);
        assertThat(all.of(Duty.RETREATMENT_REPEAT)).isEmpty();
        DeadlineEvaluation e = all.find(Duty.RETREATMENT_FIRST, id("a1"), 1).orElseThrow();
        assertThat(e.dueDate()).as("the earliest possible").isEqualTo(LocalDate.of(2026, 2, 3));
        assertThat(e.status().isJudged()).isFalse();
        assertThat(e.isPending()).isFalse();
        assertThat(e.explanation(Locale.ENGLISH))
                .contains("Cannot tell: the decision does not record whether it places the child");
        assertThat(e.explanation(Locale.forLanguageTag("da"))).contains("Kan ikke afgøres");
        assertThat(onlyOf(all, Duty.PLAN_BEFORE_PLACEMENT_WITHOUT_CONSENT, "a1").status())
                .isEqualTo(DeadlineStatus.UNDETERMINED);
    }

    @Test
    void retreatment_placement2013ReTreatedIn2014_judgedUnderServiceloven() {
        ChildCase c = aCase(LocalDate.of(2013, 3, 1), LocalDate.of(2010, 6, 14))
                .addDecision(
                        Decision.of(id("a1"), DecisionKind.PLACEMENT_WITHOUT_CONSENT, SEL_58, LocalDate.of(2013, 4, 17))
                                .withPlacementKind(PlacementDecisionKind.PLACEMENT))
                .addDecision(Decision.of(
                                id("a2"),
                                DecisionKind.PLACEMENT_WITHOUT_CONSENT,
                                LegalReference.of(Law.SERVICELOVEN, "62"),
                                LocalDate.of(2014, 4, 22))
                        .withPlacementKind(PlacementDecisionKind.MAINTENANCE))
                .build();

        DeadlineEvaluations all = ENGINE.evaluate(c, noon(LocalDate.of(2014, 6, 1)));

        DeadlineEvaluation first = only(all, Duty.RETREATMENT_FIRST);
        assertThat(first.ruleId()).isEqualTo("SEL-62-RETREATMENT-1Y");
        assertThat(first.dueDate()).isEqualTo(LocalDate.of(2014, 4, 17));
        assertThat(first.status()).isEqualTo(DeadlineStatus.MET_LATE);
        assertThat(only(all, Duty.RETREATMENT_REPEAT).dueDate()).isEqualTo(LocalDate.of(2016, 4, 22));
    }

    // ---- emergency decisions and plans (barnets lov §§ 91, 143) -----------------------------------------------

    @Test
    void emergency_noPlanBeforeDeadlineOfItsOwn_theCommitteesDecisionNeedsThePlanBefore() {
        ChildCase c = aCase(LocalDate.of(2026, 3, 1))
                .addDecision(
                        Decision.of(id("e1"), DecisionKind.PLACEMENT_WITHOUT_CONSENT, BL_143, LocalDate.of(2026, 3, 2))
                                .withEmergency(EmergencyDecision.of(local("2026-03-02T10:00"))
                                        .withPartiesNotified(local("2026-03-02T18:00"))
                                        .withApprovedOn(LocalDate.of(2026, 3, 6))))
                .addPlan(Plan.of(id("p1"), PlanKind.CHILD_PLAN, LocalDate.of(2026, 3, 20)))
                .addDecision(Decision.ofPlacementWithoutConsent(
                        id("a1"), PlacementDecisionKind.PLACEMENT, LocalDate.of(2026, 3, 25)))
                .build();

        DeadlineEvaluations all = ENGINE.evaluate(c, noon(LocalDate.of(2026, 4, 10)));

        assertThat(all.of(Duty.PLAN_BEFORE_PLACEMENT_WITHOUT_CONSENT, id("e1"))).isEmpty();
        assertThat(all.of(Duty.PLAN, id("e1"))).isEmpty();
        assertThat(all.find(Duty.PLAN_BEFORE_PLACEMENT_WITHOUT_CONSENT, id("a1"), 1))
                .map(DeadlineEvaluation::status)
                .contains(DeadlineStatus.MET);
        assertThat(all.find(Duty.EMERGENCY_APPROVAL, id("e1"), 1))
                .map(DeadlineEvaluation::status)
                .contains(DeadlineStatus.MET);
        assertThat(all.find(Duty.EMERGENCY_VALIDITY, id("e1"), 1))
                .map(DeadlineEvaluation::completedOn)
                .contains(java.util.Optional.of(LocalDate.of(2026, 3, 25)));
    }

    @Test
    void maintenance_noNewPlanDeadline() {
        ChildCase c = aCase(LocalDate.of(2025, 1, 2))
                .addDecision(Decision.ofPlacementWithoutConsent(
                        id("a1"), PlacementDecisionKind.MAINTENANCE, LocalDate.of(2025, 2, 3)))
                .build();

        DeadlineEvaluations all = ENGINE.evaluate(c, noon(LocalDate.of(2025, 9, 1)));

        assertThat(all.of(Duty.PLAN)).isEmpty();
        assertThat(all.of(Duty.PLAN_BEFORE_PLACEMENT_WITHOUT_CONSENT)).isEmpty();
    }

    // ---- investigation without consent (barnets lov § 23) ----------------------------------------------------

    @Test
    void investigationWithoutConsent_theNamedInvestigation_notTheEarliestCompletedAfter() {
        ChildCase.Builder b = aCase(LocalDate.of(2026, 1, 5))
                .addInvestigation(Investigation.of(id("u1"), LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 6))
                        .withCompleted(LocalDate.of(2026, 2, 1)))
                .addInvestigation(Investigation.of(id("u2"), LocalDate.of(2026, 1, 20), LocalDate.of(2026, 1, 25))
                        .withCompleted(LocalDate.of(2026, 4, 15)));
        ChildCase named = b.addDecision(Decision.of(
                                id("d1"), DecisionKind.INVESTIGATION_WITHOUT_CONSENT, BL_23, LocalDate.of(2026, 1, 22))
                        .withInvestigation(id("u2")))
                .build();

        DeadlineEvaluation e =
                only(ENGINE.evaluate(named, noon(LocalDate.of(2026, 5, 1))), Duty.INVESTIGATION_WITHOUT_CONSENT);

        assertThat(e.completedOn()).contains(LocalDate.of(2026, 4, 15));
        assertThat(e.status()).isEqualTo(DeadlineStatus.MET_LATE);
    }

    @Test
    void investigationWithoutConsent_noneNamed_cannotTell() {
        ChildCase c = aCase(LocalDate.of(2026, 1, 5))
                .addInvestigation(Investigation.of(id("u1"), LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 6))
                        .withCompleted(LocalDate.of(2026, 2, 1)))
                .addDecision(Decision.of(
                        id("d1"), DecisionKind.INVESTIGATION_WITHOUT_CONSENT, BL_23, LocalDate.of(2026, 1, 22)))
                .build();

        DeadlineEvaluation e =
                only(ENGINE.evaluate(c, noon(LocalDate.of(2026, 5, 1))), Duty.INVESTIGATION_WITHOUT_CONSENT);

        assertThat(e.status()).isEqualTo(DeadlineStatus.UNDETERMINED);
        assertThat(e.explanation(Locale.ENGLISH)).contains("does not name the investigation");
    }

    // ---- follow-ups (barnets lov § 95) ----------------------------------------------------------------------

    @Test
    void followUp_noDecidedDateAndNoMunicipalFrequency_cannotTellNotSixMonthsCitedAsTheStatute() {
        ChildCase c = aCase(LocalDate.of(2025, 1, 2))
                .addIntervention(
                        Intervention.of(id("i1"), InterventionKind.FAMILY_THERAPY, BL_32, LocalDate.of(2025, 1, 6)))
                .addFollowUp(FollowUp.of(id("f1"), LocalDate.of(2025, 3, 20), id("i1")))
                .build();

        List<DeadlineEvaluation> es =
                ENGINE.evaluate(c, noon(LocalDate.of(2026, 1, 10))).of(Duty.FOLLOW_UP, id("i1"));

        assertThat(es)
                .extracting(DeadlineEvaluation::status)
                .containsExactly(DeadlineStatus.MET, DeadlineStatus.UNDETERMINED);
        assertThat(es.get(1).explanation(Locale.ENGLISH))
                .contains("does not record when the next one is due")
                .contains("§ 95, stk. 3");
    }

    @Test
    void followUp_municipalFrequency_usedWhereNothingIsRecorded_citedAsTheMunicipalitys() {
        RuleBook book = RuleBook.statutory()
                .withMunicipalRules(MunicipalRules.of(MunicipalityCode.of(461), List.of(), List.of())
                        .withFollowUpFrequency(Recurrence.every(4, DeadlineUnit.MONTHS)));
        DeadlineEngine engine =
                DeadlineEngine.builder(DanishCalendar.statutory()).rules(book).build();
        ChildCase c = aCase(LocalDate.of(2025, 1, 2))
                .addIntervention(
                        Intervention.of(id("i1"), InterventionKind.FAMILY_THERAPY, BL_32, LocalDate.of(2025, 1, 6)))
                .addFollowUp(FollowUp.of(id("f1"), LocalDate.of(2025, 3, 20), id("i1")))
                .addFollowUp(FollowUp.of(id("f2"), LocalDate.of(2025, 8, 1), id("i1"))
                        .withNextFollowUpBy(LocalDate.of(2025, 9, 1)))
                .build();

        List<DeadlineEvaluation> es =
                engine.evaluate(c, noon(LocalDate.of(2025, 10, 1))).of(Duty.FOLLOW_UP, id("i1"));

        assertThat(es)
                .extracting(DeadlineEvaluation::dueDate)
                .containsExactly(LocalDate.of(2025, 4, 6), LocalDate.of(2025, 7, 20), LocalDate.of(2025, 9, 1));
        assertThat(es)
                .extracting(DeadlineEvaluation::dueBasis)
                .containsExactly(DueBasis.RULE, DueBasis.MUNICIPAL_FREQUENCY, DueBasis.RECORDED_DECISION);
        assertThat(es)
                .extracting(DeadlineEvaluation::status)
                .containsExactly(DeadlineStatus.MET, DeadlineStatus.MET_LATE, DeadlineStatus.OVERDUE);
        assertThat(es.get(1).explanation(Locale.ENGLISH)).contains("4 months (the municipality's frequency)");
    }

    // ---- supervision visits (barnets lov § 156, stk. 5) --------------------------------------------------------

    @Test
    void supervision_visitWithoutConversation_doesNotMeetTheDuty() {
        ChildCase c = aCase(LocalDate.of(2025, 1, 2))
                .addIntervention(
                        Intervention.of(id("i1"), InterventionKind.FOSTER_CARE, BL_47, LocalDate.of(2025, 1, 6)))
                .addSupervisionVisit(SupervisionVisit.ofNoConversation(id("v1"), LocalDate.of(2025, 5, 1)))
                .addSupervisionVisit(SupervisionVisit.ofOmittedConversation(id("v2"), LocalDate.of(2025, 6, 1), "syg"))
                .addSupervisionVisit(SupervisionVisit.ofHeldConversation(id("v3"), LocalDate.of(2025, 8, 1)))
                .build();

        DeadlineEvaluation first = ENGINE.evaluate(c, noon(LocalDate.of(2025, 9, 1)))
                .find(Duty.SUPERVISION, id("i1"), 1)
                .orElseThrow();

        assertThat(first.completedOn()).contains(LocalDate.of(2025, 8, 1));
        assertThat(first.status()).isEqualTo(DeadlineStatus.MET_LATE);
    }

    // ---- before a rule existed ----------------------------------------------------------------------------------

    @Test
    void notificationBeforeThe24HourRule_saysSo() {
        ChildCase c = aCase(LocalDate.of(2012, 5, 1), LocalDate.of(2010, 6, 14))
                .addNotification(Notification.of(id("n1"), local("2012-05-01T10:00"), NotifierKind.PROFESSIONAL))
                .build();

        DeadlineEvaluation e = only(ENGINE.evaluate(c, noon(LocalDate.of(2012, 6, 1))), Duty.NOTIFICATION_ASSESSMENT);

        assertThat(e.status()).isEqualTo(DeadlineStatus.NOT_APPLICABLE);
        assertThat(e.ruleId()).isEqualTo("SEL-155-ASSESSMENT-24H");
        assertThat(e.explanation(Locale.ENGLISH))
                .contains("no rule of the duty was in force on that date")
                .contains("applies to events from Tuesday 2013-10-01");
    }

    // ---- look-ups ---------------------------------------------------------------------------------------------

    @Test
    void evaluations_lookUpByDutyAndPart() {
        ChildCase c = aCase(LocalDate.of(2026, 3, 1))
                .addNotification(Notification.of(id("n1"), local("2026-03-02T10:00"), NotifierKind.CITIZEN))
                .build();

        DeadlineEvaluations all = ENGINE.evaluate(c, noon(LocalDate.of(2026, 3, 2)));

        assertThat(all.find(Duty.NOTIFICATION_ASSESSMENT, id("n1"), 1)).isPresent();
        assertThat(all.find(Duty.NOTIFICATION_ASSESSMENT, id("n1"), 2)).isEmpty();
        assertThat(all.of(Duty.NOTIFICATION_ASSESSMENT, id("n2"))).isEmpty();
        assertThat(all.pending()).extracting(DeadlineEvaluation::duty).contains(Duty.NOTIFICATION_ASSESSMENT);
        assertThat(DeadlineEvaluations.of(List.copyOf(all))).isEqualTo(all);
        assertThatThrownBy(() -> all.find(Duty.PLAN, id("n1"), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> all.add(all.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }

    private static DeadlineEvaluation onlyOf(List<DeadlineEvaluation> all, Duty duty, String part) {
        return DeadlineEvaluations.of(all).of(duty, id(part)).get(0);
    }
}
