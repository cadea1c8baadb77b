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
import dk.fremdrift.model.Assessment;
import dk.fremdrift.model.AssessmentOutcome;
import dk.fremdrift.model.CaseClosing;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.ClosingReason;
import dk.fremdrift.model.Complaint;
import dk.fremdrift.model.Decision;
import dk.fremdrift.model.DecisionKind;
import dk.fremdrift.model.EmergencyDecision;
import dk.fremdrift.model.FollowUp;
import dk.fremdrift.model.Goal;
import dk.fremdrift.model.GoalArea;
import dk.fremdrift.model.Intervention;
import dk.fremdrift.model.InterventionKind;
import dk.fremdrift.model.Investigation;
import dk.fremdrift.model.Law;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.model.Notification;
import dk.fremdrift.model.NotifierKind;
import dk.fremdrift.model.Plan;
import dk.fremdrift.model.PlanKind;
import dk.fremdrift.model.SupervisionVisit;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One scenario per row of the law (DOMAIN.md, "The case steps" and "Counting deadlines"), each on a hand-built case
 * with the expected dates worked out in the test. Date constants carry their weekday.
 */
class DeadlineEngineScenarioTest {

    private static final LegalReference BL_32 = LegalReference.of(Law.BARNETS_LOV, "32");
    private static final LegalReference BL_46 = LegalReference.of(Law.BARNETS_LOV, "46");
    private static final LegalReference BL_47 = LegalReference.of(Law.BARNETS_LOV, "47");
    private static final LegalReference SEL_52 = LegalReference.of(Law.SERVICELOVEN, "52");
    private static final LegalReference BL_43 = LegalReference.of(Law.BARNETS_LOV, "43");

    private static final LocalDate FRI_2026_03_27 = LocalDate.of(2026, 3, 27);

    @Nested
    class NotificationAssessment {

        @Test
        void evaluate_assessedNextMorning_metWithExplanation() {
            ChildCase c = aCase(FRI_2026_03_27)
                    .addNotification(Notification.of(id("n1"), local("2026-03-27T16:05"), NotifierKind.PROFESSIONAL)
                            .withAssessment(Assessment.of(local("2026-03-28T09:10"), AssessmentOutcome.ENDANGERED)))
                    .build();

            DeadlineEvaluation e =
                    only(ENGINE.evaluate(c, noon(LocalDate.of(2026, 4, 1))), Duties.NOTIFICATION_ASSESSMENT);

            assertThat(e.ruleId()).isEqualTo("BL-136-ASSESSMENT-24H");
            assertThat(e.dueAt()).isEqualTo(local("2026-03-28T16:05"));
            assertThat(e.status()).isEqualTo(DeadlineStatus.MET);
            assertThat(e.subjectPath()).contains("notifications[0]");
            assertThat(e.explanation(Locale.ENGLISH))
                    .isEqualTo("received Friday 2026-03-27 16:05; 24 hours → due Saturday 2026-03-28 16:05."
                            + " Met Saturday 2026-03-28 09:10.");
            assertThat(e.explanation(Locale.forLanguageTag("da")))
                    .isEqualTo("underretning modtaget fredag 2026-03-27 kl. 16.05; 24 timer → frist lørdag"
                            + " 2026-03-28 kl. 16.05. Overholdt lørdag 2026-03-28 kl. 09.10.");
        }

        @Test
        void evaluate_acrossSpringDaylightSavingChange_dueAfter24RealHours() {
            // Saturday 28 March 2026 12:00 CET; clocks go forward on Sunday 29 March at 02:00.
            ChildCase c = aCase(FRI_2026_03_27)
                    .addNotification(Notification.of(id("n1"), local("2026-03-28T12:00"), NotifierKind.CITIZEN))
                    .build();

            DeadlineEvaluation e =
                    only(ENGINE.evaluate(c, noon(LocalDate.of(2026, 3, 28))), Duties.NOTIFICATION_ASSESSMENT);

            assertThat(e.dueAt()).isEqualTo(Instant.parse("2026-03-29T11:00:00Z"));
            assertThat(e.dueAt().atZone(Cases.CPH).getHour()).isEqualTo(13);
            assertThat(Duration.between(e.triggerAt().orElseThrow(), e.dueAt())).isEqualTo(Duration.ofHours(24));
        }

        @Test
        void evaluate_notAssessed_openThenDueSoonThenOverdue() {
            ChildCase c = aCase(FRI_2026_03_27)
                    .addNotification(Notification.of(id("n1"), local("2026-03-27T10:00"), NotifierKind.CITIZEN))
                    .build();

            assertThat(status(c, local("2026-03-27T12:00"), Duties.NOTIFICATION_ASSESSMENT))
                    .isEqualTo(DeadlineStatus.OPEN);
            assertThat(status(c, local("2026-03-28T05:00"), Duties.NOTIFICATION_ASSESSMENT))
                    .isEqualTo(DeadlineStatus.DUE_SOON);
            assertThat(status(c, local("2026-03-28T10:00"), Duties.NOTIFICATION_ASSESSMENT))
                    .isEqualTo(DeadlineStatus.DUE_SOON);
            assertThat(status(c, local("2026-03-28T10:00:01"), Duties.NOTIFICATION_ASSESSMENT))
                    .isEqualTo(DeadlineStatus.OVERDUE);
        }

        @Test
        void evaluate_assessmentAfterAsOf_notSeen() {
            ChildCase c = aCase(FRI_2026_03_27)
                    .addNotification(Notification.of(id("n1"), local("2026-03-27T10:00"), NotifierKind.CITIZEN)
                            .withAssessment(Assessment.of(local("2026-03-27T20:00"), AssessmentOutcome.NOT_ENDANGERED)))
                    .build();

            DeadlineEvaluation e = only(ENGINE.evaluate(c, local("2026-03-27T15:00")), Duties.NOTIFICATION_ASSESSMENT);

            assertThat(e.status()).isEqualTo(DeadlineStatus.OPEN);
            assertThat(e.completedAt()).isEmpty();
        }

        @Test
        void evaluate_assessedOneMinuteLate_metLate() {
            ChildCase c = aCase(FRI_2026_03_27)
                    .addNotification(Notification.of(id("n1"), local("2026-03-27T10:00"), NotifierKind.CITIZEN)
                            .withAssessment(Assessment.of(local("2026-03-28T10:01"), AssessmentOutcome.NOT_ENDANGERED)))
                    .build();

            DeadlineEvaluation e =
                    only(ENGINE.evaluate(c, noon(LocalDate.of(2026, 4, 1))), Duties.NOTIFICATION_ASSESSMENT);

            assertThat(e.status()).isEqualTo(DeadlineStatus.MET_LATE);
            assertThat(e.lateness()).contains(Duration.ofMinutes(1));
        }

        @Test
        void evaluate_receivedAroundMidnightOfNewYear2024_lawByDanishDate() {
            // 2023-12-31 23:30 Danish time is still serviceloven; 00:30 on 1 January 2024 is barnets lov.
            ChildCase c = aCase(LocalDate.of(2023, 12, 31))
                    .addNotification(Notification.of(id("n1"), local("2023-12-31T23:30"), NotifierKind.CITIZEN))
                    .addNotification(Notification.of(id("n2"), local("2024-01-01T00:30"), NotifierKind.CITIZEN))
                    .build();

            List<DeadlineEvaluation> es =
                    of(ENGINE.evaluate(c, noon(LocalDate.of(2024, 1, 5))), Duties.NOTIFICATION_ASSESSMENT);

            assertThat(es)
                    .extracting(DeadlineEvaluation::ruleId)
                    .containsExactly("SEL-155-ASSESSMENT-24H", "BL-136-ASSESSMENT-24H");
            assertThat(es)
                    .extracting(DeadlineEvaluation::legalBasis)
                    .containsExactly("serviceloven § 155, stk. 2", "barnets lov § 136");
        }
    }

    @Nested
    class Receipt {

        @Test
        void evaluate_professionalBeforeKristiHimmelfart_sixWorkingDaysSkipTheHoliday() {
            // Thursday 7 May 2026; Kristi himmelfartsdag is Thursday 14 May 2026.
            ChildCase c = aCase(LocalDate.of(2026, 5, 7))
                    .addNotification(Notification.of(id("n1"), local("2026-05-07T09:00"), NotifierKind.PROFESSIONAL)
                            .withReceiptSent(local("2026-05-18T15:00")))
                    .addNotification(Notification.of(id("n2"), local("2026-05-07T09:00"), NotifierKind.CITIZEN))
                    .build();

            List<DeadlineEvaluation> es =
                    of(ENGINE.evaluate(c, noon(LocalDate.of(2026, 6, 1))), Duties.NOTIFIER_RECEIPT);

            assertThat(es).hasSize(1);
            DeadlineEvaluation e = es.get(0);
            assertThat(e.dueDate()).isEqualTo(LocalDate.of(2026, 5, 18));
            assertThat(e.status()).isEqualTo(DeadlineStatus.MET);
            assertThat(e.rule().certainty()).isEqualTo(Certainty.UNCONFIRMED);
        }
    }

    @Nested
    class Investigation4Months {

        @Test
        void evaluate_awareOn31October_dueOnTheLastDayOfFebruary() {
            ChildCase c = aCase(LocalDate.of(2025, 10, 31))
                    .addInvestigation(Investigation.of(id("u1"), LocalDate.of(2025, 10, 31), LocalDate.of(2025, 11, 3))
                            .withCompleted(LocalDate.of(2026, 2, 28)))
                    .addInvestigation(Investigation.of(id("u2"), LocalDate.of(2027, 10, 31), LocalDate.of(2027, 11, 1)))
                    .build();

            List<DeadlineEvaluation> es = of(ENGINE.evaluate(c, noon(LocalDate.of(2028, 3, 1))), Duties.INVESTIGATION);

            assertThat(es.get(0).ruleId()).isEqualTo("BL-20-INVESTIGATION-4M");
            assertThat(es.get(0).legalBasis()).isEqualTo("barnets lov § 20, stk. 3");
            assertThat(es.get(0).dueDate()).isEqualTo(LocalDate.of(2026, 2, 28));
            assertThat(es.get(0).status()).isEqualTo(DeadlineStatus.MET);
            assertThat(es.get(1).dueDate()).isEqualTo(LocalDate.of(2028, 2, 29));
            assertThat(es.get(1).status()).isEqualTo(DeadlineStatus.OVERDUE);
        }

        @Test
        void evaluate_completedTwoDaysLate_metLateAndPreliminaryAssessmentJudged() {
            ChildCase c = aCase(LocalDate.of(2026, 1, 10))
                    .addInvestigation(Investigation.of(id("u1"), LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 12))
                            .withPreliminaryAssessment(LocalDate.of(2026, 5, 10))
                            .withCompleted(LocalDate.of(2026, 5, 12)))
                    .build();

            List<DeadlineEvaluation> all = ENGINE.evaluate(c, noon(LocalDate.of(2026, 6, 1)));
            DeadlineEvaluation bfu = only(all, Duties.INVESTIGATION);
            DeadlineEvaluation prelim = only(all, Duties.PRELIMINARY_ASSESSMENT);

            assertThat(bfu.dueDate()).isEqualTo(LocalDate.of(2026, 5, 10));
            assertThat(bfu.status()).isEqualTo(DeadlineStatus.MET_LATE);
            assertThat(bfu.lateness()).contains(Duration.ofDays(2));
            assertThat(prelim.status()).isEqualTo(DeadlineStatus.MET);
            assertThat(prelim.completedOn()).contains(LocalDate.of(2026, 5, 10));
        }

        @Test
        void evaluate_completedInTime_preliminaryAssessmentNotApplicable() {
            ChildCase c = aCase(LocalDate.of(2026, 1, 10))
                    .addInvestigation(Investigation.of(id("u1"), LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 12))
                            .withCompleted(LocalDate.of(2026, 4, 20)))
                    .build();

            DeadlineEvaluation prelim =
                    only(ENGINE.evaluate(c, noon(LocalDate.of(2026, 6, 1))), Duties.PRELIMINARY_ASSESSMENT);

            assertThat(prelim.status()).isEqualTo(DeadlineStatus.NOT_APPLICABLE);
            assertThat(prelim.explanation(Locale.ENGLISH))
                    .endsWith("Not applicable: the investigation was completed Monday 2026-04-20 within the deadline.");
        }
    }

    @Nested
    class Plans {

        @Test
        void evaluate_placementDecision_planWithinThreeMonthsToTheDay() {
            ChildCase c = aCase(LocalDate.of(2026, 1, 2))
                    .addDecision(Decision.of(
                            id("a1"), DecisionKind.PLACEMENT_WITH_CONSENT, BL_46, LocalDate.of(2026, 1, 15)))
                    .addDecision(Decision.of(id("a2"), DecisionKind.SUPPORT, BL_32, LocalDate.of(2026, 1, 15)))
                    .addPlan(Plan.of(
                            id("p1"),
                            PlanKind.CHILD_PLAN,
                            LocalDate.of(2026, 4, 15),
                            Goal.of(id("g1"), GoalArea.SCHOOL, "Går i skole hver dag")))
                    .build();

            DeadlineEvaluation e = only(ENGINE.evaluate(c, noon(LocalDate.of(2026, 5, 1))), Duties.PLAN);

            assertThat(e.subjectId()).contains(id("a1"));
            assertThat(e.dueDate()).isEqualTo(LocalDate.of(2026, 4, 15));
            assertThat(e.status()).isEqualTo(DeadlineStatus.MET);
        }

        @Test
        void evaluate_placementWithoutConsent_planMustExistBeforeTheDecision() {
            ChildCase before = aCase(LocalDate.of(2026, 1, 2))
                    .addPlan(Plan.of(id("p1"), PlanKind.CHILD_PLAN, LocalDate.of(2026, 2, 1)))
                    .addDecision(Decision.of(
                            id("a1"), DecisionKind.PLACEMENT_WITHOUT_CONSENT, BL_47, LocalDate.of(2026, 2, 10)))
                    .build();
            ChildCase after = aCase(LocalDate.of(2026, 1, 2))
                    .addDecision(Decision.of(
                            id("a1"), DecisionKind.PLACEMENT_WITHOUT_CONSENT, BL_47, LocalDate.of(2026, 2, 10)))
                    .addPlan(Plan.of(id("p1"), PlanKind.CHILD_PLAN, LocalDate.of(2026, 2, 11)))
                    .build();
            Instant asOf = noon(LocalDate.of(2026, 3, 1));

            assertThat(only(ENGINE.evaluate(before, asOf), Duties.PLAN_BEFORE_PLACEMENT_WITHOUT_CONSENT)
                            .status())
                    .isEqualTo(DeadlineStatus.MET);
            DeadlineEvaluation late = only(ENGINE.evaluate(after, asOf), Duties.PLAN_BEFORE_PLACEMENT_WITHOUT_CONSENT);
            assertThat(late.dueDate()).isEqualTo(LocalDate.of(2026, 2, 10));
            assertThat(late.status()).isEqualTo(DeadlineStatus.MET_LATE);
        }

        @Test
        void evaluate_youngPersonTurns16WithSupport_youthPlanWithinThreeMonths() {
            ChildCase c = Cases.aCase(LocalDate.of(2024, 1, 2), LocalDate.of(2009, 6, 1))
                    .addIntervention(
                            Intervention.of(id("i1"), InterventionKind.CONTACT_PERSON, BL_32, LocalDate.of(2024, 1, 2)))
                    .addPlan(Plan.of(id("p1"), PlanKind.YOUTH_PLAN, LocalDate.of(2025, 8, 15)))
                    .build();

            DeadlineEvaluation e = only(ENGINE.evaluate(c, noon(LocalDate.of(2025, 10, 1))), Duties.YOUTH_PLAN);

            assertThat(e.triggerDate()).isEqualTo(LocalDate.of(2025, 6, 1));
            assertThat(e.dueDate()).isEqualTo(LocalDate.of(2025, 9, 1));
            assertThat(e.status()).isEqualTo(DeadlineStatus.MET);
        }
    }

    @Nested
    class FollowUps {

        @Test
        void evaluate_followUpsAcrossTheLawChange_eachOccurrenceByTheLawOfItsTrigger() {
            ChildCase c = aCase(LocalDate.of(2023, 1, 5))
                    .addIntervention(Intervention.of(
                            id("i1"), InterventionKind.FAMILY_THERAPY, SEL_52, LocalDate.of(2023, 1, 10)))
                    .addFollowUp(FollowUp.of(id("f1"), LocalDate.of(2023, 4, 5), id("i1")))
                    .addFollowUp(FollowUp.of(id("f2"), LocalDate.of(2023, 11, 1), id("i1")))
                    .addFollowUp(FollowUp.of(id("f3"), LocalDate.of(2024, 4, 20)))
                    .build();

            List<DeadlineEvaluation> es = of(ENGINE.evaluate(c, noon(LocalDate.of(2024, 9, 1))), Duties.FOLLOW_UP);

            assertThat(es).extracting(DeadlineEvaluation::occurrence).containsExactly(1, 2, 3, 4);
            assertThat(es)
                    .extracting(DeadlineEvaluation::ruleId)
                    .containsExactly("SEL-70-FOLLOW-UP", "SEL-70-FOLLOW-UP", "SEL-70-FOLLOW-UP", "BL-95-FOLLOW-UP");
            assertThat(es)
                    .extracting(DeadlineEvaluation::dueDate)
                    .containsExactly(
                            LocalDate.of(2023, 4, 10),
                            LocalDate.of(2023, 10, 5),
                            LocalDate.of(2024, 5, 1),
                            LocalDate.of(2024, 10, 20));
            assertThat(es)
                    .extracting(DeadlineEvaluation::status)
                    .containsExactly(
                            DeadlineStatus.MET, DeadlineStatus.MET_LATE, DeadlineStatus.MET, DeadlineStatus.OPEN);
            assertThat(es.get(1).explanation(Locale.ENGLISH))
                    .startsWith("previous follow-up Wednesday 2023-04-05; 6 months → due Thursday 2023-10-05.");
        }

        @Test
        void evaluate_parallelInvestigationEndsFirst_firstFollowUpBroughtForward() {
            ChildCase c = aCase(LocalDate.of(2026, 1, 5))
                    .addInvestigation(Investigation.of(id("u1"), LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 10))
                            .withCompleted(LocalDate.of(2026, 3, 10)))
                    .addIntervention(Intervention.of(
                            id("i1"), InterventionKind.PRACTICAL_SUPPORT_AT_HOME, BL_32, LocalDate.of(2026, 2, 1)))
                    .build();

            DeadlineEvaluation e = of(ENGINE.evaluate(c, noon(LocalDate.of(2026, 3, 20))), Duties.FOLLOW_UP)
                    .get(0);

            assertThat(e.dueDate()).isEqualTo(LocalDate.of(2026, 3, 10));
            assertThat(e.status()).isEqualTo(DeadlineStatus.OVERDUE);
            assertThat(e.explanation(Locale.ENGLISH)).contains("when a parallel exploration or investigation ended");
        }

        @Test
        void evaluate_interventionEndedBeforeFollowUpWasDue_notApplicable() {
            ChildCase c = aCase(LocalDate.of(2026, 1, 5))
                    .addIntervention(
                            Intervention.of(id("i1"), InterventionKind.CONTACT_PERSON, BL_32, LocalDate.of(2026, 1, 10))
                                    .withEnd(LocalDate.of(2026, 3, 1)))
                    .build();

            DeadlineEvaluation e = only(ENGINE.evaluate(c, noon(LocalDate.of(2026, 6, 1))), Duties.FOLLOW_UP);

            assertThat(e.status()).isEqualTo(DeadlineStatus.NOT_APPLICABLE);
        }
    }

    @Nested
    class Supervision {

        @Test
        void evaluate_fosterCare_visitsAtMostSixMonthsApart() {
            ChildCase c = aCase(LocalDate.of(2026, 1, 1))
                    .addIntervention(
                            Intervention.of(id("i1"), InterventionKind.FOSTER_CARE, BL_43, LocalDate.of(2026, 1, 1)))
                    .addIntervention(
                            Intervention.of(id("i2"), InterventionKind.CONTACT_PERSON, BL_32, LocalDate.of(2026, 1, 1)))
                    .addSupervisionVisit(SupervisionVisit.ofHeldConversation(id("t1"), LocalDate.of(2026, 6, 15)))
                    .addSupervisionVisit(SupervisionVisit.ofHeldConversation(id("t2"), LocalDate.of(2026, 12, 20))
                            .withIntervention(id("i1")))
                    .build();

            List<DeadlineEvaluation> es = of(ENGINE.evaluate(c, noon(LocalDate.of(2027, 1, 10))), Duties.SUPERVISION);

            assertThat(es).allMatch(e -> e.subjectId().orElseThrow().equals(id("i1")));
            assertThat(es)
                    .extracting(DeadlineEvaluation::dueDate)
                    .containsExactly(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 15), LocalDate.of(2027, 6, 20));
            assertThat(es)
                    .extracting(DeadlineEvaluation::status)
                    .containsExactly(DeadlineStatus.MET, DeadlineStatus.MET_LATE, DeadlineStatus.OPEN);
        }
    }

    @Nested
    class Retreatment {

        @Test
        void evaluate_placementWithoutConsent_oneYearDateToDateThenTwoYears() {
            ChildCase c = aCase(LocalDate.of(2024, 3, 1))
                    .addDecision(Decision.of(
                            id("a1"), DecisionKind.PLACEMENT_WITHOUT_CONSENT, BL_47, LocalDate.of(2024, 4, 17)))
                    .addDecision(Decision.of(
                            id("a2"), DecisionKind.PLACEMENT_WITHOUT_CONSENT, BL_47, LocalDate.of(2025, 4, 10)))
                    .build();

            List<DeadlineEvaluation> all = ENGINE.evaluate(c, noon(LocalDate.of(2025, 5, 1)));
            DeadlineEvaluation first = only(all, Duties.RETREATMENT_FIRST);
            DeadlineEvaluation repeat = only(all, Duties.RETREATMENT_REPEAT);

            assertThat(first.dueDate()).isEqualTo(LocalDate.of(2025, 4, 17));
            assertThat(first.status()).isEqualTo(DeadlineStatus.MET);
            assertThat(repeat.subjectId()).contains(id("a2"));
            assertThat(repeat.dueDate()).isEqualTo(LocalDate.of(2027, 4, 10));
            assertThat(repeat.status()).isEqualTo(DeadlineStatus.OPEN);
        }
    }

    @Nested
    class Emergency {

        @Test
        void evaluate_approvalDueOnSundayIncludingTheDayOfImplementation_noRoll() {
            // Implemented Monday 2 March 2026: day 1 is Monday, day 7 is Sunday 8 March; a Sunday does not extend it.
            ChildCase c = aCase(LocalDate.of(2026, 3, 1))
                    .addDecision(Decision.of(
                                    id("a1"), DecisionKind.PLACEMENT_WITHOUT_CONSENT, BL_47, LocalDate.of(2026, 3, 2))
                            .withEmergency(EmergencyDecision.of(local("2026-03-02T10:00"))
                                    .withPartiesNotified(local("2026-03-03T09:00"))
                                    .withApprovedOn(LocalDate.of(2026, 3, 9))))
                    .addDecision(Decision.of(
                            id("a2"), DecisionKind.PLACEMENT_WITHOUT_CONSENT, BL_47, LocalDate.of(2026, 3, 20)))
                    .build();

            List<DeadlineEvaluation> all = ENGINE.evaluate(c, noon(LocalDate.of(2026, 4, 10)));
            DeadlineEvaluation approval = only(all, Duties.EMERGENCY_APPROVAL);

            assertThat(approval.dueDate()).isEqualTo(LocalDate.of(2026, 3, 8));
            assertThat(approval.rolledFrom()).isEmpty();
            assertThat(approval.status()).isEqualTo(DeadlineStatus.MET_LATE);
            assertThat(approval.explanation(Locale.ENGLISH))
                    .contains("7 days (counting the trigger day)")
                    .contains("Sunday is not a working day; this duty does not move off closed days");
            assertThat(only(all, Duties.EMERGENCY_NOTICE).status()).isEqualTo(DeadlineStatus.MET);
            DeadlineEvaluation validity = only(all, Duties.EMERGENCY_VALIDITY);
            assertThat(validity.dueDate()).isEqualTo(LocalDate.of(2026, 4, 2));
            assertThat(validity.completedOn()).contains(LocalDate.of(2026, 3, 20));
            assertThat(validity.status()).isEqualTo(DeadlineStatus.MET);
        }
    }

    @Nested
    class Adulthood {

        private ChildCase c(LocalDate decision) {
            ChildCase.Builder b = Cases.aCase(LocalDate.of(2024, 1, 2), LocalDate.of(2008, 9, 15))
                    .addIntervention(
                            Intervention.of(id("i1"), InterventionKind.FOSTER_CARE, BL_43, LocalDate.of(2024, 1, 2)));
            if (decision != null) {
                b.addDecision(Decision.of(
                        id("a1"), DecisionKind.YOUTH_SUPPORT, LegalReference.of(Law.BARNETS_LOV, "114"), decision));
            }
            return b.build();
        }

        @Test
        void evaluate_sixMonthsBefore18_listedFromThe17thBirthday() {
            assertThat(of(ENGINE.evaluate(c(null), noon(LocalDate.of(2025, 9, 14))), Duties.DECISION_BEFORE_ADULTHOOD))
                    .isEmpty();
            DeadlineEvaluation open =
                    only(ENGINE.evaluate(c(null), noon(LocalDate.of(2025, 9, 15))), Duties.DECISION_BEFORE_ADULTHOOD);
            assertThat(open.dueDate()).isEqualTo(LocalDate.of(2026, 3, 15));
            assertThat(open.status()).isEqualTo(DeadlineStatus.OPEN);
            assertThat(only(
                                    ENGINE.evaluate(c(LocalDate.of(2026, 3, 1)), noon(LocalDate.of(2026, 4, 1))),
                                    Duties.DECISION_BEFORE_ADULTHOOD)
                            .status())
                    .isEqualTo(DeadlineStatus.MET);
        }
    }

    @Nested
    class ComplaintsAndAccess {

        private ChildCase decisionNotifiedOn(LocalDate notified, LocalDate complaint) {
            ChildCase.Builder b = aCase(LocalDate.of(2023, 1, 2))
                    .addDecision(Decision.of(id("a1"), DecisionKind.SUPPORT, SEL_52, notified)
                            .withNotifiedOn(notified));
            if (complaint != null) {
                b.addComplaint(Complaint.of(id("k1"), complaint, id("a1")));
            }
            return b.build();
        }

        @Test
        void evaluate_complaintPeriodEndsOnStoreBededag2023_movedToMonday() {
            // Notified Friday 7 April 2023; 4 weeks later is Friday 5 May 2023, Store bededag.
            DeadlineEvaluation e = only(
                    ENGINE.evaluate(decisionNotifiedOn(LocalDate.of(2023, 4, 7), null), noon(LocalDate.of(2023, 6, 1))),
                    Duties.COMPLAINT_PERIOD);

            assertThat(e.rolledFrom()).contains(LocalDate.of(2023, 5, 5));
            assertThat(e.dueDate()).isEqualTo(LocalDate.of(2023, 5, 8));
            assertThat(e.dueAt()).isEqualTo(local("2023-05-08T23:59:59"));
            assertThat(e.status()).isEqualTo(DeadlineStatus.EXPIRED);
            assertThat(e.explanation(Locale.ENGLISH))
                    .contains("Friday 2023-05-05 (")
                    .contains("not a working day) → moved to Monday 2023-05-08");
            assertThat(e.explanation(Locale.forLanguageTag("da"))).contains("fredag 2023-05-05 (Store bededag");
        }

        @Test
        void evaluate_sameWeekdayIn2024_noLongerAHoliday() {
            // Notified Friday 29 March 2024; 4 weeks later is Friday 26 April 2024, no longer Store bededag.
            DeadlineEvaluation e = only(
                    ENGINE.evaluate(
                            decisionNotifiedOn(LocalDate.of(2024, 3, 29), LocalDate.of(2024, 4, 26)),
                            noon(LocalDate.of(2024, 6, 1))),
                    Duties.COMPLAINT_PERIOD);

            assertThat(e.rolledFrom()).isEmpty();
            assertThat(e.dueDate()).isEqualTo(LocalDate.of(2024, 4, 26));
            assertThat(e.status()).isEqualTo(DeadlineStatus.MET);
        }

        @Test
        void evaluate_complaintPeriodEndsOnSaturday_movedToMondayAndComplaintThenOnTime() {
            // Notified Saturday 4 April 2026; 4 weeks later is Saturday 2 May.
            DeadlineEvaluation e = only(
                    ENGINE.evaluate(
                            decisionNotifiedOn(LocalDate.of(2026, 4, 4), LocalDate.of(2026, 5, 4)),
                            noon(LocalDate.of(2026, 6, 1))),
                    Duties.COMPLAINT_PERIOD);

            assertThat(e.dueDate()).isEqualTo(LocalDate.of(2026, 5, 4));
            assertThat(e.status()).isEqualTo(DeadlineStatus.MET);
        }

        @Test
        void evaluate_reassessmentFourWeeksSameWeekday_oneDayLate() {
            ChildCase c = aCase(LocalDate.of(2026, 3, 1))
                    .addDecision(Decision.of(id("a1"), DecisionKind.SUPPORT, BL_32, LocalDate.of(2026, 4, 1)))
                    .addComplaint(Complaint.of(id("k1"), LocalDate.of(2026, 4, 29), id("a1"))
                            .withReassessed(LocalDate.of(2026, 5, 28)))
                    .build();

            DeadlineEvaluation e =
                    only(ENGINE.evaluate(c, noon(LocalDate.of(2026, 6, 1))), Duties.COMPLAINT_REASSESSMENT);

            assertThat(e.dueDate()).isEqualTo(LocalDate.of(2026, 5, 27));
            assertThat(e.status()).isEqualTo(DeadlineStatus.MET_LATE);
        }

        @Test
        void evaluate_accessRequestOverChristmas_sevenStatutoryWorkingDays() {
            // Wednesday 23 December 2026. 24 and 31 December are working days in the statutory calendar: a holiday
            // closure does not suspend the deadline.
            ChildCase c = aCase(LocalDate.of(2026, 12, 1))
                    .addAccessRequest(AccessRequest.of(id("r1"), LocalDate.of(2026, 12, 23)))
                    .build();

            DeadlineEvaluation e = only(ENGINE.evaluate(c, noon(LocalDate.of(2027, 1, 4))), Duties.ACCESS_TO_DOCUMENTS);

            assertThat(e.dueDate()).isEqualTo(LocalDate.of(2027, 1, 5));
            assertThat(e.status()).isEqualTo(DeadlineStatus.DUE_SOON);
        }
    }

    @Nested
    class Closing {

        @Test
        void evaluate_caseClosedBeforeTheDeadline_notApplicable() {
            ChildCase c = aCase(LocalDate.of(2026, 1, 10))
                    .addInvestigation(Investigation.of(id("u1"), LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 12)))
                    .closing(CaseClosing.of(LocalDate.of(2026, 2, 1), ClosingReason.MOVED))
                    .build();

            DeadlineEvaluation e = only(ENGINE.evaluate(c, noon(LocalDate.of(2026, 6, 1))), Duties.INVESTIGATION);
            DeadlineEvaluation before = only(ENGINE.evaluate(c, noon(LocalDate.of(2026, 1, 20))), Duties.INVESTIGATION);

            assertThat(e.status()).isEqualTo(DeadlineStatus.NOT_APPLICABLE);
            assertThat(before.status()).isEqualTo(DeadlineStatus.OPEN);
        }
    }

    private static DeadlineStatus status(ChildCase c, Instant asOf, String duty) {
        return only(ENGINE.evaluate(c, asOf), duty).status();
    }
}
