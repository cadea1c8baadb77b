package dk.fremdrift.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every check of every part's constructor, and the parts' factories, copies and derived answers. */
class PartsTest {

    static final PartId ID = PartId.of("p1");
    static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    static final LocalDate JAN_2 = LocalDate.of(2026, 1, 2);
    static final Instant T_1505 = Instant.parse("2026-03-27T15:05:00Z");
    static final LocalDate MAR_28 = LocalDate.of(2026, 3, 28);
    static final Instant T_1504 = Instant.parse("2026-03-27T15:04:00Z");
    static final LegalReference BL_32 = LegalReference.of(Law.BARNETS_LOV, "32");
    static final CaseworkerId SB = CaseworkerId.of("sb-1");
    static final GoalIndicator SCALE_0_10 = GoalIndicator.of("Skolefremmøde", 0, 10, 2, 8);
    static final Optional<LocalDate> NO_DATE = Optional.empty();

    private static Arguments npe(String field, ThrowingCallable call) {
        return Arguments.of(NullPointerException.class, field, call);
    }

    private static Arguments iae(String message, ThrowingCallable call) {
        return Arguments.of(IllegalArgumentException.class, message, call);
    }

    /** Each row: the exception, its exact message (which names the field and the values), and the call. */
    static Stream<Arguments> constructorChecks() {
        return Stream.of(
                // Child
                npe("birthDate", () -> new Child(null, Optional.empty())),
                npe("cpr", () -> Child.of((Cpr) null)),
                iae(
                        "child.cpr: expected a CPR number whose date part equals child.birthDate, got one with another date (values withheld: personal data)",
                        () -> new Child(JAN_1, Optional.of(Cpr.parse("070615-4321")))),
                iae("years: expected 0 or more, got -1", () -> Child.of(JAN_1).birthday(-1)),
                // Notification and its assessment
                npe("id", () -> Notification.of(null, T_1505, NotifierKind.CITIZEN)),
                npe("received", () -> Notification.of(ID, null, NotifierKind.CITIZEN)),
                npe("notifierKind", () -> Notification.of(ID, T_1505, null)),
                iae(
                        "assessment.assessed: expected a moment at or after received, got an earlier moment",
                        () -> Notification.of(ID, T_1505, NotifierKind.CITIZEN)
                                .withAssessment(Assessment.of(T_1504, AssessmentOutcome.ENDANGERED))),
                iae(
                        "receiptSent: expected a moment at or after received, got an earlier moment",
                        () -> Notification.of(ID, T_1505, NotifierKind.PROFESSIONAL)
                                .withReceiptSent(T_1504)),
                npe("assessed", () -> Assessment.of(null, AssessmentOutcome.ENDANGERED)),
                npe("outcome", () -> Assessment.of(T_1505, null)),
                // Screening
                npe("id", () -> Screening.of(null, JAN_1, ScreeningOutcome.NO_ACTION)),
                npe("date", () -> Screening.of(ID, null, ScreeningOutcome.NO_ACTION)),
                npe("outcome", () -> Screening.of(ID, JAN_1, null)),
                npe(
                        "notificationIds[1] is null",
                        () -> new Screening(ID, JAN_1, ScreeningOutcome.NO_ACTION, Arrays.asList(ID, null))),
                // Exploration
                npe("id", () -> Exploration.of(null, JAN_1)),
                npe("started", () -> Exploration.of(ID, null)),
                iae(
                        "completed: expected a date on or after started, got an earlier date",
                        () -> Exploration.of(ID, JAN_2).withCompleted(JAN_1)),
                // Investigation
                npe("id", () -> Investigation.of(null, JAN_1, JAN_1)),
                npe("awareOn", () -> Investigation.of(ID, null, JAN_1)),
                npe("started", () -> Investigation.of(ID, JAN_1, null)),
                iae(
                        "started: expected a date on or after awareOn, got an earlier date",
                        () -> Investigation.of(ID, JAN_2, JAN_1)),
                iae(
                        "completed: expected a date on or after started, got an earlier date",
                        () -> Investigation.of(ID, JAN_1, JAN_2).withCompleted(JAN_1)),
                iae(
                        "preliminaryAssessment: expected a date on or after awareOn, got an earlier date",
                        () -> Investigation.of(ID, JAN_2, JAN_2).withPreliminaryAssessment(JAN_1)),
                // ChildConversation
                npe("id", () -> ChildConversation.held(null, JAN_1)),
                npe("date", () -> ChildConversation.held(ID, null)),
                npe("outcome", () -> new ChildConversation(ID, JAN_1, null, Optional.empty(), Optional.empty())),
                iae(
                        "omissionReason: expected the reason for omitting the conversation, got none",
                        () -> new ChildConversation(
                                ID, JAN_1, ConversationOutcome.OMITTED, Optional.empty(), Optional.empty())),
                iae(
                        "omissionReason: expected the reason for omitting the conversation, got none",
                        () -> new ChildConversation(
                                ID, JAN_1, ConversationOutcome.OMITTED, Optional.of(" \t"), Optional.empty())),
                iae(
                        "omissionReason: expected none for a conversation that was held, got one",
                        () -> new ChildConversation(
                                ID, JAN_1, ConversationOutcome.HELD, Optional.of("grund"), Optional.empty())),
                iae(
                        "reason: expected a non-blank text, got a blank one",
                        () -> ChildConversation.omitted(ID, JAN_1, "  ")),
                npe("reason", () -> ChildConversation.omitted(ID, JAN_1, null)),
                // Decision and emergency decision
                npe("id", () -> Decision.of(null, DecisionKind.SUPPORT, BL_32, JAN_1)),
                npe("kind", () -> Decision.of(ID, null, BL_32, JAN_1)),
                npe("legalBasis", () -> Decision.of(ID, DecisionKind.SUPPORT, null, JAN_1)),
                npe("decided", () -> Decision.of(ID, DecisionKind.SUPPORT, BL_32, null)),
                npe(
                        "outcome",
                        () -> Decision.of(ID, DecisionKind.SUPPORT, BL_32, JAN_1)
                                .withOutcome(null)),
                iae(
                        "notifiedOn: expected a date on or after decided, got an earlier date",
                        () -> Decision.of(ID, DecisionKind.SUPPORT, BL_32, JAN_2)
                                .withNotifiedOn(JAN_1)),
                iae(
                        "grantedInterventions: expected none for a refused decision, got 1",
                        () -> Decision.of(ID, DecisionKind.SUPPORT, BL_32, JAN_1)
                                .withGrantedInterventions(PartId.of("i1"))
                                .withOutcome(DecisionOutcome.REFUSED)),
                npe(
                        "grantedInterventions[0] is null",
                        () -> Decision.of(ID, DecisionKind.SUPPORT, BL_32, JAN_1)
                                .withGrantedInterventions((PartId) null)),
                npe("implemented", () -> EmergencyDecision.of(null)),
                iae(
                        "partiesNotified: expected a moment at or after implemented, got an earlier moment",
                        () -> EmergencyDecision.of(T_1505).withPartiesNotified(T_1504)),
                // Plan, revision, goal, indicator, measurement
                npe("id", () -> Plan.of(null, PlanKind.CHILD_PLAN, JAN_1)),
                npe("kind", () -> Plan.of(ID, null, JAN_1)),
                npe("created", () -> Plan.of(ID, PlanKind.CHILD_PLAN, null)),
                iae(
                        "revisions[1].date: expected a date on or after created, got an earlier date",
                        () -> Plan.of(ID, PlanKind.CHILD_PLAN, JAN_2)
                                .withRevisions(PlanRevision.of(JAN_2), PlanRevision.of(JAN_1))),
                npe("goals[0] is null", () -> Plan.of(ID, PlanKind.CHILD_PLAN, JAN_1, (Goal) null)),
                npe(
                        "revisions[0] is null",
                        () -> Plan.of(ID, PlanKind.CHILD_PLAN, JAN_1).withRevisions((PlanRevision) null)),
                npe("date", () -> PlanRevision.of(null)),
                npe("id", () -> Goal.of(null, GoalArea.SCHOOL, "mål")),
                npe("area", () -> Goal.of(ID, null, "mål")),
                npe("description", () -> Goal.of(ID, GoalArea.SCHOOL, null)),
                iae("description: expected a non-blank text, got a blank one", () -> Goal.of(ID, GoalArea.SCHOOL, "")),
                iae(
                        "measurements: expected none for a goal without an indicator, got 1",
                        () -> Goal.of(ID, GoalArea.SCHOOL, "mål").withMeasurements(GoalMeasurement.of(JAN_1, 1))),
                iae(
                        "measurements[1].value: expected a value on the indicator's scale (scaleMin to scaleMax), got one outside it",
                        () -> Goal.of(ID, GoalArea.SCHOOL, "mål")
                                .withIndicator(SCALE_0_10, JAN_2)
                                .withMeasurements(GoalMeasurement.of(JAN_1, 10), GoalMeasurement.of(JAN_2, 11))),
                npe(
                        "measurements[0] is null",
                        () -> Goal.of(ID, GoalArea.SCHOOL, "mål")
                                .withIndicator(SCALE_0_10, JAN_2)
                                .withMeasurements((GoalMeasurement) null)),
                npe("name", () -> GoalIndicator.of(null, 0, 1, 0, 1)),
                iae("name: expected a non-blank text, got a blank one", () -> GoalIndicator.of(" ", 0, 1, 0, 1)),
                iae(
                        "scaleMin: expected a finite number, got an infinite one or not a number",
                        () -> GoalIndicator.of("x", Double.NaN, 1, 0, 1)),
                iae(
                        "scaleMax: expected a finite number, got an infinite one or not a number",
                        () -> GoalIndicator.of("x", 0, Double.POSITIVE_INFINITY, 0, 1)),
                iae(
                        "baseline: expected a finite number, got an infinite one or not a number",
                        () -> GoalIndicator.of("x", 0, 1, Double.NEGATIVE_INFINITY, 1)),
                iae(
                        "target: expected a finite number, got an infinite one or not a number",
                        () -> GoalIndicator.of("x", 0, 1, 0, Double.NaN)),
                iae(
                        "scaleMax: expected a value above scaleMin, got the same or a lower value",
                        () -> GoalIndicator.of("x", 5, 5, 5, 5)),
                iae(
                        "scaleMax: expected a value above scaleMin, got the same or a lower value",
                        () -> GoalIndicator.of("x", 5, 1, 5, 5)),
                iae(
                        "baseline: expected a value on the indicator's scale (scaleMin to scaleMax), got one outside it",
                        () -> GoalIndicator.of("x", 0, 10, -1, 5)),
                iae(
                        "target: expected a value on the indicator's scale (scaleMin to scaleMax), got one outside it",
                        () -> GoalIndicator.of("x", 0, 10, 5, 10.5)),
                npe("date", () -> GoalMeasurement.of(null, 1)),
                iae(
                        "value: expected a finite number, got an infinite one or not a number",
                        () -> GoalMeasurement.of(JAN_1, Double.NaN)),
                // Intervention and price
                npe("id", () -> Intervention.of(null, InterventionKind.FOSTER_CARE, BL_32, JAN_1)),
                npe("kind", () -> Intervention.of(ID, null, BL_32, JAN_1)),
                npe("legalBasis", () -> Intervention.of(ID, InterventionKind.FOSTER_CARE, null, JAN_1)),
                npe("start", () -> Intervention.of(ID, InterventionKind.FOSTER_CARE, BL_32, null)),
                iae(
                        "end: expected a date on or after start, got an earlier date",
                        () -> Intervention.of(ID, InterventionKind.FOSTER_CARE, BL_32, JAN_2)
                                .withEnd(JAN_1)),
                npe("amount", () -> Price.of(null, PriceUnit.PER_DAY)),
                npe("amount", () -> Price.perDay(null)),
                npe("unit", () -> Price.of("1", null)),
                iae(
                        "amount: expected zero or more DKK, got a negative amount",
                        () -> Price.of("-0.01", PriceUnit.PER_DAY)),
                iae(
                        "amount: expected at most two decimals (øre), got more",
                        () -> Price.of("1.005", PriceUnit.ONE_OFF)),
                // Follow-up, supervision, assignment, review
                npe("id", () -> FollowUp.of(null, JAN_1)),
                npe("date", () -> FollowUp.of(ID, null)),
                npe("id", () -> SupervisionVisit.ofHeldConversation(null, JAN_1)),
                npe("date", () -> SupervisionVisit.ofNoConversation(ID, null)),
                npe("id", () -> CaseworkerAssignment.of(null, SB, TeamId.of("t"), JAN_1)),
                npe("caseworker", () -> CaseworkerAssignment.of(ID, null, TeamId.of("t"), JAN_1)),
                npe("team", () -> CaseworkerAssignment.of(ID, SB, null, JAN_1)),
                npe("from", () -> CaseworkerAssignment.of(ID, SB, TeamId.of("t"), null)),
                iae(
                        "until: expected a date after from (until is exclusive), got the same or an earlier date",
                        () -> CaseworkerAssignment.of(ID, SB, TeamId.of("t"), JAN_1)
                                .withUntil(JAN_1)),
                iae(
                        "until: expected a date after from (until is exclusive), got the same or an earlier date",
                        () -> CaseworkerAssignment.of(ID, SB, TeamId.of("t"), JAN_2)
                                .withUntil(JAN_1)),
                npe("id", () -> ManagementReview.of(null, JAN_1)),
                npe("date", () -> ManagementReview.of(ID, null)),
                // Complaint, access request
                npe("id", () -> Complaint.of(null, JAN_1, ID)),
                npe("received", () -> Complaint.of(ID, null, ID)),
                iae(
                        "reassessed: expected a date on or after received, got an earlier date",
                        () -> Complaint.of(ID, JAN_2, PartId.of("d1")).withReassessed(JAN_1)),
                iae(
                        "forwarded: expected a date on or after received, got an earlier date",
                        () -> Complaint.of(ID, JAN_2, PartId.of("d1")).withForwarded(JAN_1)),
                npe("decided", () -> Complaint.of(ID, JAN_1, ID).withAppealDecided(null, AppealOutcome.UPHELD)),
                npe("outcome", () -> Complaint.of(ID, JAN_1, ID).withAppealDecided(JAN_2, null)),
                iae(
                        "appealDecided: expected a date on or after received, got an earlier date",
                        () -> Complaint.of(ID, JAN_2, ID).withAppealDecided(JAN_1, AppealOutcome.CHANGED)),
                iae(
                        "appealDecided: expected a date on or after forwarded, got an earlier date",
                        () -> Complaint.of(ID, JAN_1, ID)
                                .withForwarded(JAN_2.plusDays(1))
                                .withAppealDecided(JAN_2, AppealOutcome.UPHELD)),
                iae(
                        "appealDecided: expected a date on or after forwarded, got an earlier date",
                        () -> Complaint.of(ID, JAN_1, ID)
                                .withAppealDecided(JAN_2, AppealOutcome.UPHELD)
                                .withForwarded(JAN_2.plusDays(1))),
                iae(
                        "appealDecided: expected the date of Ankestyrelsen's decision with its outcome, got none",
                        () -> new Complaint(
                                ID,
                                JAN_1,
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.of(AppealOutcome.REMITTED))),
                iae(
                        "appealOutcome: expected Ankestyrelsen's outcome with the date of its decision, got none",
                        () -> new Complaint(
                                ID,
                                JAN_1,
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.of(JAN_2),
                                Optional.empty())),
                npe("id", () -> AccessRequest.of(null, JAN_1)),
                npe("received", () -> AccessRequest.of(ID, null)),
                iae(
                        "answered: expected a date on or after received, got an earlier date",
                        () -> AccessRequest.of(ID, JAN_2).withAnswered(JAN_1)),
                // Justification
                npe("id", () -> Justification.of(null, "X", SB, T_1505, "r")),
                npe("ruleCode", () -> Justification.of(ID, null, SB, T_1505, "r")),
                npe("recordedBy", () -> Justification.of(ID, "X", null, T_1505, "r")),
                npe("recordedAt", () -> Justification.of(ID, "X", SB, null, "r")),
                npe("reason", () -> Justification.of(ID, "X", SB, T_1505, null)),
                iae(
                        "reason: expected a non-blank text, got a blank one",
                        () -> Justification.of(ID, "X", SB, T_1505, "")),
                iae(
                        "ruleCode: expected upper-case words joined by hyphens such as 'BL-MGMT-REVIEW', got a text of 4 characters",
                        () -> Justification.of(ID, "bl-x", SB, T_1505, "r")),
                iae(
                        "ruleCode: expected upper-case words joined by hyphens such as 'BL-MGMT-REVIEW', got a text of 5 characters",
                        () -> Justification.of(ID, "BL--X", SB, T_1505, "r")),
                iae(
                        "ruleCode: expected upper-case words joined by hyphens such as 'BL-MGMT-REVIEW', got a text of 12 characters that contains a CPR number",
                        () -> Justification.of(ID, "x-0706154321", SB, T_1505, "r")),
                // Closing
                npe("closed", () -> CaseClosing.of(null, ClosingReason.MOVED)),
                npe("reason", () -> CaseClosing.of(JAN_1, null)));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("constructorChecks")
    void constructor_badArguments_throwNamingFieldAndValues(
            Class<? extends Throwable> type, String message, ThrowingCallable call) {
        assertThatThrownBy(call).isExactlyInstanceOf(type).hasMessage(message);
    }

    @Test
    void nullOptionalsAndLists_readAsEmpty() {
        Notification n = new Notification(ID, T_1505, NotifierKind.CITIZEN, null, null, null);
        Plan p = new Plan(ID, PlanKind.CHILD_PLAN, JAN_1, null, null);
        Decision d = new Decision(
                ID, DecisionKind.SUPPORT, null, BL_32, JAN_1, DecisionOutcome.GRANTED, null, null, null, null);
        Goal g = new Goal(ID, GoalArea.FAMILY, null, null, null, null);

        assertThat(n.assessment()).isEmpty();
        assertThat(n.receiptSent()).isEmpty();
        assertThat(n.notifierInformed()).isEmpty();
        assertThat(p.revisions()).isEmpty();
        assertThat(p.goals()).isEmpty();
        assertThat(d.grantedInterventions()).isEmpty();
        assertThat(d.emergency()).isEmpty();
        assertThat(g.description()).isEmpty();
        assertThat(g.measurements()).isEmpty();
        assertThat(new Child(JAN_1, null).cpr()).isEmpty();
        assertThat(new Complaint(ID, JAN_1, null, null, null).decisionId()).isEmpty();
        assertThat(new Justification(ID, "X", null, SB, T_1505, "r").partId()).isEmpty();
    }

    @Test
    void lists_copiedAndImmutable() {
        List<PartId> ids = new java.util.ArrayList<>(List.of(PartId.of("n1")));
        Screening s = new Screening(ID, JAN_1, ScreeningOutcome.INVESTIGATION, ids);
        ids.add(PartId.of("n2"));

        assertThat(s.notificationIds()).containsExactly(PartId.of("n1"));
        assertThatThrownBy(() -> s.notificationIds().add(ID)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void goal_concreteAndMeasurable_derivedFromFields() {
        Goal plain = Goal.of(ID, GoalArea.SCHOOL, "Går i skole");
        Goal blank = new Goal(ID, GoalArea.SCHOOL, Optional.of("  "), Optional.empty(), Optional.empty(), List.of());
        Goal measured = plain.withIndicator(SCALE_0_10, JAN_2).withMeasurements(GoalMeasurement.of(JAN_1, 0));
        Goal indicatorOnly = new Goal(ID, GoalArea.SCHOOL, Optional.empty(), Optional.of(SCALE_0_10), NO_DATE, null);

        assertThat(plain.isConcrete()).isTrue();
        assertThat(plain.isMeasurable()).isFalse();
        assertThat(blank.isConcrete()).isFalse();
        assertThat(blank.description()).isEmpty();
        assertThat(measured.isMeasurable()).isTrue();
        assertThat(measured.measurements()).containsExactly(GoalMeasurement.of(JAN_1, 0));
        assertThat(indicatorOnly.isMeasurable()).isFalse();
        assertThat(SCALE_0_10.isOnScale(0)).isTrue();
        assertThat(SCALE_0_10.isOnScale(10)).isTrue();
        assertThat(SCALE_0_10.isOnScale(10.01)).isFalse();
        assertThat(SCALE_0_10.isOnScale(-0.01)).isFalse();
    }

    @Test
    void toString_freeText_shownByLengthOnly() {
        Goal goal = Goal.of(ID, GoalArea.FAMILY, "Peter skal bo hos mor");
        ChildConversation omitted = ChildConversation.omitted(ID, JAN_1, "Barnet Anna er 1 år");
        Justification justification = Justification.of(ID, "BL-X", SB, T_1505, "Aftalt med Jens");

        assertThat(goal.toString())
                .doesNotContain("Peter")
                .contains("<text, 21 chars>")
                .contains("indicator=<none>");
        assertThat(goal.withIndicator(SCALE_0_10, JAN_2).toString()).contains("due=2026-01-02");
        assertThat(Goal.of(ID, GoalArea.FAMILY, "x")
                        .withIndicator(SCALE_0_10, JAN_2)
                        .toString())
                .contains("Skolefremmøde");
        assertThat(new Goal(ID, GoalArea.FAMILY, null, null, null, null).toString())
                .contains("description=<none>");
        assertThat(omitted.toString())
                .doesNotContain("Anna")
                .contains("<text, 19 chars>")
                .contains("decisionId=<none>");
        assertThat(omitted.withDecision(PartId.of("d1")).toString()).contains("decisionId=d1");
        assertThat(ChildConversation.held(ID, JAN_1).toString()).contains("omissionReason=<none>");
        assertThat(justification.toString()).doesNotContain("Jens").contains("partId=<case>");
        assertThat(justification.withPart(PartId.of("n1")).toString()).contains("partId=n1");
    }

    @Test
    void isActiveOn_interventionEndIncluded_assignmentUntilExcluded() {
        Intervention x =
                Intervention.of(ID, InterventionKind.FOSTER_CARE, BL_32, JAN_1).withEnd(JAN_2);
        CaseworkerAssignment a =
                CaseworkerAssignment.of(ID, SB, TeamId.of("t"), JAN_1).withUntil(JAN_2);

        assertThat(x.isActiveOn(JAN_1.minusDays(1))).isFalse();
        assertThat(x.isActiveOn(JAN_2)).isTrue();
        assertThat(x.isActiveOn(JAN_2.plusDays(1))).isFalse();
        assertThat(Intervention.of(ID, InterventionKind.FOSTER_CARE, BL_32, JAN_1)
                        .isActiveOn(JAN_1.plusYears(50)))
                .isTrue();
        assertThat(a.isActiveOn(JAN_1)).isTrue();
        assertThat(a.isActiveOn(JAN_2)).isFalse();
        assertThat(a.isActiveOn(JAN_1.minusDays(1))).isFalse();
        assertThat(CaseworkerAssignment.of(ID, SB, TeamId.of("t"), JAN_1).isActiveOn(JAN_1.plusYears(50)))
                .isTrue();
        assertThatThrownBy(() -> x.isActiveOn(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> a.isActiveOn(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void child_birthdayAndToString() {
        Child leap = Child.of(LocalDate.of(2008, 2, 29));
        Child withCpr = Child.of(Cpr.parse("070615-4321"));

        assertThat(leap.birthday(0)).isEqualTo(LocalDate.of(2008, 2, 29));
        assertThat(leap.birthday(1)).isEqualTo(LocalDate.of(2009, 2, 28));
        assertThat(leap.birthday(4)).isEqualTo(LocalDate.of(2012, 2, 29));
        assertThat(leap.birthday(18)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(withCpr.birthDate()).isEqualTo(LocalDate.of(2015, 6, 7));
        assertThat(withCpr.toString()).isEqualTo("Child[born=2015, cpr=present]");
        assertThat(leap.toString()).isEqualTo("Child[born=2008, cpr=absent]");
        assertThat(new Child(LocalDate.of(2015, 6, 7), Optional.of(Cpr.parse("0706154321"))))
                .isEqualTo(withCpr);
    }

    @Test
    void price_comparedByValue() {
        Price a = Price.of("2450", PriceUnit.PER_DAY);
        Price b = Price.perDay(new BigDecimal("2450.00"));

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a)
                .isNotEqualTo(Price.perMonth(new BigDecimal("2450")))
                .isNotEqualTo(Price.of("2450.01", PriceUnit.PER_DAY));
        assertThat(a).isNotEqualTo("2450");
        assertThat(Price.oneOff(new BigDecimal("1.500")).amount()).isEqualByComparingTo("1.5");
        assertThat(Price.of("0", PriceUnit.ONE_OFF).unit()).isEqualTo(PriceUnit.ONE_OFF);
    }

    @Test
    void copies_changeOneFieldAndKeepTheRest() {
        Notification n = Notification.of(ID, T_1505, NotifierKind.PROFESSIONAL)
                .withAssessment(Assessment.of(T_1505, AssessmentOutcome.ACUTE_ACTION_NEEDED)
                        .withAssessedBy(SB))
                .withReceiptSent(T_1505.plusSeconds(60))
                .withNotifierInformed(JAN_2);
        Decision d = Decision.of(ID, DecisionKind.PLACEMENT_WITHOUT_CONSENT, BL_32, JAN_1)
                .withGrantedInterventions(PartId.of("i1"), PartId.of("i2"))
                .withNotifiedOn(JAN_2)
                .withEmergency(
                        EmergencyDecision.of(T_1505).withPartiesNotified(T_1505).withApprovedOn(MAR_28));
        Intervention x = Intervention.of(ID, InterventionKind.RESIDENTIAL_HOME, BL_32, JAN_1)
                .withProvider(Cvr.parse("29189846"))
                .withPrice(Price.perDay(new BigDecimal("1999.95")))
                .withEnd(JAN_2);

        assertThat(n.assessment().orElseThrow().assessedBy()).contains(SB);
        assertThat(n.receiptSent()).contains(T_1505.plusSeconds(60));
        assertThat(n.notifierInformed()).contains(JAN_2);
        assertThat(d.grantedInterventions()).containsExactly(PartId.of("i1"), PartId.of("i2"));
        assertThat(d.outcome()).isEqualTo(DecisionOutcome.GRANTED);
        assertThat(d.emergency().orElseThrow().approvedOn()).contains(MAR_28);
        assertThat(d.notifiedOn()).contains(JAN_2);
        assertThat(x.provider()).contains(Cvr.parse("29189846"));
        assertThat(x.price().orElseThrow().unit()).isEqualTo(PriceUnit.PER_DAY);
        assertThat(x.end()).contains(JAN_2);
        assertThat(FollowUp.of(ID, JAN_1, PartId.of("i1")).interventionId()).contains(PartId.of("i1"));
        assertThat(SupervisionVisit.ofHeldConversation(ID, JAN_1).conversationWithChild())
                .isTrue();
        assertThat(SupervisionVisit.ofNoConversation(ID, JAN_1)
                        .withIntervention(PartId.of("i1"))
                        .interventionId())
                .contains(PartId.of("i1"));
        assertThat(ManagementReview.of(ID, JAN_1).withReviewer(SB).reviewer()).contains(SB);
        assertThat(Complaint.of(ID, JAN_1, PartId.of("d1"))
                        .withReassessed(JAN_1)
                        .withForwarded(JAN_2)
                        .forwarded())
                .contains(JAN_2);
        Complaint decided = Complaint.of(ID, JAN_1, PartId.of("d1"))
                .withForwarded(JAN_2)
                .withAppealDecided(JAN_2, AppealOutcome.ANNULLED)
                .withReassessed(JAN_1);
        assertThat(decided.appealDecided()).contains(JAN_2);
        assertThat(decided.appealOutcome()).contains(AppealOutcome.ANNULLED);
        assertThat(decided.reassessed()).contains(JAN_1); // the copies keep what the others recorded
        assertThat(new Complaint(ID, JAN_1, Optional.empty(), Optional.empty(), Optional.empty()).appealOutcome())
                .isEmpty();
        assertThat(AccessRequest.of(ID, JAN_1).withAnswered(JAN_2).answered()).contains(JAN_2);
        assertThat(Exploration.of(ID, JAN_1).withCompleted(JAN_1).completed()).contains(JAN_1);
        assertThat(Investigation.of(ID, JAN_1, JAN_1)
                        .withPreliminaryAssessment(JAN_1)
                        .withCompleted(JAN_2))
                .isEqualTo(new Investigation(ID, JAN_1, JAN_1, Optional.of(JAN_2), Optional.of(JAN_1)));
        assertThat(CaseClosing.of(JAN_1, ClosingReason.ADULT).reason()).isEqualTo(ClosingReason.ADULT);
        assertThat(Plan.of(ID, PlanKind.ACTION_PLAN, JAN_1, Goal.of(PartId.of("g1"), GoalArea.HEALTH, "mål"))
                        .withRevisions(PlanRevision.of(JAN_1), PlanRevision.of(JAN_2)))
                .satisfies(
                        p -> assertThat(p.revisions()).containsExactly(PlanRevision.of(JAN_1), PlanRevision.of(JAN_2)))
                .satisfies(p -> assertThat(p.goals()).hasSize(1));
    }

    @Test
    void enums_flagsAndNames() {
        assertThat(AssessmentOutcome.NOT_ENDANGERED.isSerious()).isFalse();
        assertThat(AssessmentOutcome.ENDANGERED.isSerious()).isTrue();
        assertThat(AssessmentOutcome.ACUTE_ACTION_NEEDED.isSerious()).isTrue();
        assertThat(NotifierKind.PROFESSIONAL.isProfessional()).isTrue();
        assertThat(NotifierKind.CITIZEN.isProfessional()).isFalse();
        assertThat(Stream.of(DecisionKind.values()).filter(DecisionKind::isPlacement))
                .containsExactly(
                        DecisionKind.PLACEMENT_WITH_CONSENT,
                        DecisionKind.PLACEMENT_WITHOUT_CONSENT,
                        DecisionKind.PERMANENT_PLACEMENT);
        assertThat(Stream.of(InterventionKind.values()).filter(InterventionKind::isPlacement))
                .hasSize(7)
                .contains(InterventionKind.FOSTER_CARE, InterventionKind.KINSHIP_FOSTER_CARE)
                .doesNotContain(InterventionKind.RESPITE_CARE, InterventionKind.YOUTH_SUPPORT);
    }

    /** Every enum constant with Danish and English names has both, and they differ from the constant's name. */
    static Stream<Arguments> namedConstants() throws ReflectiveOperationException {
        List<Class<? extends Enum<?>>> types = List.of(
                AssessmentOutcome.class,
                ClosingReason.class,
                ConversationOutcome.class,
                DecisionKind.class,
                DecisionOutcome.class,
                GoalArea.class,
                InterventionKind.class,
                NotifierKind.class,
                PlanKind.class,
                PriceUnit.class,
                ScreeningOutcome.class);
        Stream.Builder<Arguments> rows = Stream.builder();
        for (Class<? extends Enum<?>> type : types) {
            for (Enum<?> constant : type.getEnumConstants()) {
                Object danish = type.getMethod("danishName").invoke(constant);
                Object english = type.getMethod("englishName").invoke(constant);
                rows.add(Arguments.of(constant, danish, english));
            }
        }
        return rows.build();
    }

    @ParameterizedTest(name = "{0}: {1} / {2}")
    @MethodSource("namedConstants")
    void enums_danishAndEnglishNames_present(Enum<?> constant, String danish, String english) {
        assertThat(danish).isNotBlank().isNotEqualTo(constant.name());
        assertThat(english).isNotBlank().isNotEqualTo(constant.name());
    }
}
