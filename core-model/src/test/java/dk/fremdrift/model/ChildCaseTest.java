package dk.fremdrift.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules across the parts of a case, and the case's queries. */
class ChildCaseTest {

    static final LocalDate OPENED = LocalDate.of(2026, 3, 27);
    static final LegalReference BL_32 = LegalReference.of(Law.BARNETS_LOV, "32");
    static final CaseworkerId SB1 = CaseworkerId.of("sb-1");
    static final CaseworkerId SB2 = CaseworkerId.of("sb-2");
    static final TeamId TEAM = TeamId.of("team-nord");

    static ChildCase.Builder builder() {
        return ChildCase.builder(
                CaseId.of("2026-0042"),
                Child.of(LocalDate.of(2015, 6, 7)),
                MunicipalityCode.of(101),
                KleNumber.parse("27.24.00-G01"),
                OPENED);
    }

    static PartId id(String key) {
        return PartId.of(key);
    }

    static Notification notification(String key) {
        return Notification.of(id(key), Instant.parse("2026-03-27T15:05:00Z"), NotifierKind.PROFESSIONAL);
    }

    static Intervention intervention(String key) {
        return Intervention.of(id(key), InterventionKind.FOSTER_CARE, BL_32, OPENED.plusDays(30));
    }

    static Decision decision(String key) {
        return Decision.of(id(key), DecisionKind.PLACEMENT_WITH_CONSENT, BL_32, OPENED.plusDays(20));
    }

    static CaseworkerAssignment assignment(String key, CaseworkerId who, LocalDate from, LocalDate until) {
        CaseworkerAssignment a = CaseworkerAssignment.of(id(key), who, TEAM, from);
        return until == null ? a : a.withUntil(until);
    }

    /** A case with one part of every kind, all references resolved. */
    static ChildCase full() {
        return builder()
                .addNotification(notification("n1"))
                .addScreening(Screening.of(id("s1"), OPENED, ScreeningOutcome.INVESTIGATION, id("n1")))
                .addExploration(Exploration.of(id("a1"), OPENED))
                .addInvestigation(Investigation.of(id("u1"), OPENED, OPENED.plusDays(1)))
                .addChildConversation(
                        ChildConversation.held(id("c1"), OPENED.plusDays(10)).withDecision(id("d1")))
                .addDecision(decision("d1").withGrantedInterventions(id("i1")))
                .addPlan(Plan.of(
                        id("p1"),
                        PlanKind.CHILD_PLAN,
                        OPENED.plusDays(25),
                        Goal.of(id("g1"), GoalArea.SCHOOL, "mål"),
                        Goal.of(id("g2"), GoalArea.HEALTH, "mål 2")))
                .addIntervention(intervention("i1"))
                .addFollowUp(FollowUp.of(id("f1"), OPENED.plusDays(90), id("i1")))
                .addSupervisionVisit(SupervisionVisit.ofHeldConversation(id("v1"), OPENED.plusDays(100))
                        .withIntervention(id("i1")))
                .addAssignment(assignment("w1", SB1, OPENED, OPENED.plusDays(60)))
                .addAssignment(assignment("w2", SB2, OPENED.plusDays(60), null))
                .addManagementReview(ManagementReview.of(id("m1"), OPENED.plusDays(50)))
                .addComplaint(Complaint.of(id("k1"), OPENED.plusDays(30), id("d1")))
                .addAccessRequest(AccessRequest.of(id("r1"), OPENED.plusDays(5)))
                .addJustification(Justification.of(id("j1"), "BL-X", SB1, Instant.parse("2026-06-01T10:00:00Z"), "ok")
                        .withPart(id("g2")))
                .closing(CaseClosing.of(OPENED.plusDays(400), ClosingReason.SUPPORT_ENDED))
                .build();
    }

    @Test
    void build_onePartOfEveryKind_keepsThemInOrder() {
        ChildCase c = full();

        assertThat(c.notifications()).extracting(CasePart::id).containsExactly(id("n1"));
        assertThat(c.plans().get(0).goals()).extracting(CasePart::id).containsExactly(id("g1"), id("g2"));
        assertThat(c.assignments()).extracting(CasePart::id).containsExactly(id("w1"), id("w2"));
        assertThat(c.closing()).isPresent();
        assertThat(c.toBuilder().build()).isEqualTo(c).hasSameHashCodeAs(c);
        assertThatThrownBy(() -> c.notifications().add(notification("n9")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    /** Each row: how to break a valid case, and the exact message, which names the paths and the key. */
    static Stream<Arguments> crossPartRules() {
        return Stream.of(
                Arguments.of(
                        "duplicate key across lists",
                        (UnaryOperator<ChildCase.Builder>) b -> b.addNotification(notification("x"))
                                .addInvestigation(Investigation.of(id("x"), OPENED, OPENED)),
                        "investigations[0].id: expected a key unique within the case, got 'x', already used by"
                                + " notifications[0]"),
                Arguments.of(
                        "duplicate key in one list",
                        (UnaryOperator<ChildCase.Builder>) b -> b.addNotification(notification("x"))
                                .addNotification(notification("y"))
                                .addNotification(notification("x")),
                        "notifications[2].id: expected a key unique within the case, got 'x', already used by"
                                + " notifications[0]"),
                Arguments.of(
                        "goal with the key of a notification",
                        (UnaryOperator<ChildCase.Builder>) b -> b.addNotification(notification("x"))
                                .addPlan(Plan.of(
                                        id("p1"), PlanKind.CHILD_PLAN, OPENED, Goal.of(id("x"), GoalArea.FAMILY, "m"))),
                        "plans[0].goals[0].id: expected a key unique within the case, got 'x', already used by"
                                + " notifications[0]"),
                Arguments.of(
                        "goal with the key of its plan",
                        (UnaryOperator<ChildCase.Builder>) b -> b.addPlan(
                                Plan.of(id("x"), PlanKind.CHILD_PLAN, OPENED, Goal.of(id("x"), GoalArea.FAMILY, "m"))),
                        "plans[0].goals[0].id: expected a key unique within the case, got 'x', already used by"
                                + " plans[0]"),
                Arguments.of(
                        "goals of two plans",
                        (UnaryOperator<ChildCase.Builder>) b -> b.addPlan(Plan.of(
                                        id("p1"), PlanKind.CHILD_PLAN, OPENED, Goal.of(id("g"), GoalArea.FAMILY, "m")))
                                .addPlan(Plan.of(
                                        id("p2"), PlanKind.YOUTH_PLAN, OPENED, Goal.of(id("g"), GoalArea.FAMILY, "m"))),
                        "plans[1].goals[0].id: expected a key unique within the case, got 'g', already used by"
                                + " plans[0].goals[0]"),
                Arguments.of(
                        "intervention with the key of a goal",
                        (UnaryOperator<ChildCase.Builder>) b -> b.addPlan(Plan.of(
                                        id("p1"), PlanKind.CHILD_PLAN, OPENED, Goal.of(id("x"), GoalArea.FAMILY, "m")))
                                .addIntervention(intervention("x")),
                        "interventions[0].id: expected a key unique within the case, got 'x', already used by"
                                + " plans[0].goals[0]"),
                Arguments.of(
                        "screening of an unknown notification",
                        (UnaryOperator<ChildCase.Builder>) b -> b.addNotification(notification("n1"))
                                .addScreening(
                                        Screening.of(id("s1"), OPENED, ScreeningOutcome.NO_ACTION, id("n1"), id("n9"))),
                        "screenings[0].notificationIds[1]: expected the key of one of this case's notifications, got"
                                + " 'n9', which is not in the case"),
                Arguments.of(
                        "screening of a part that is no notification",
                        (UnaryOperator<ChildCase.Builder>) b -> b.addInvestigation(
                                        Investigation.of(id("u1"), OPENED, OPENED))
                                .addScreening(Screening.of(id("s1"), OPENED, ScreeningOutcome.NO_ACTION, id("u1"))),
                        "screenings[0].notificationIds[0]: expected the key of one of this case's notifications, got"
                                + " 'u1', which is investigations[0]"),
                Arguments.of(
                        "conversation before an unknown decision",
                        (UnaryOperator<ChildCase.Builder>) b -> b.addChildConversation(
                                ChildConversation.held(id("c1"), OPENED).withDecision(id("d9"))),
                        "childConversations[0].decisionId: expected the key of one of this case's decisions, got 'd9',"
                                + " which is not in the case"),
                Arguments.of(
                        "conversation before a part that is no decision",
                        (UnaryOperator<ChildCase.Builder>) b -> b.addIntervention(intervention("i1"))
                                .addChildConversation(
                                        ChildConversation.held(id("c1"), OPENED).withDecision(id("i1"))),
                        "childConversations[0].decisionId: expected the key of one of this case's decisions, got 'i1',"
                                + " which is interventions[0]"),
                Arguments.of(
                        "decision granting an unknown intervention",
                        (UnaryOperator<ChildCase.Builder>) b -> b.addIntervention(intervention("i1"))
                                .addDecision(decision("d1").withGrantedInterventions(id("i1"), id("i9"))),
                        "decisions[0].grantedInterventions[1]: expected the key of one of this case's interventions,"
                                + " got 'i9', which is not in the case"),
                Arguments.of(
                        "decision granting a decision",
                        (UnaryOperator<ChildCase.Builder>) b -> b.addDecision(decision("d1"))
                                .addDecision(decision("d2").withGrantedInterventions(id("d1"))),
                        "decisions[1].grantedInterventions[0]: expected the key of one of this case's interventions,"
                                + " got 'd1', which is decisions[0]"),
                Arguments.of(
                        "follow-up on an unknown intervention",
                        (UnaryOperator<ChildCase.Builder>) b -> b.addFollowUp(FollowUp.of(id("f1"), OPENED, id("i9"))),
                        "followUps[0].interventionId: expected the key of one of this case's interventions, got 'i9',"
                                + " which is not in the case"),
                Arguments.of(
                        "visit to a part that is no intervention",
                        (UnaryOperator<ChildCase.Builder>) b -> b.addNotification(notification("n1"))
                                .addSupervisionVisit(SupervisionVisit.ofHeldConversation(id("v1"), OPENED)
                                        .withIntervention(id("n1"))),
                        "supervisionVisits[0].interventionId: expected the key of one of this case's interventions,"
                                + " got 'n1', which is notifications[0]"),
                Arguments.of(
                        "complaint about an unknown decision",
                        (UnaryOperator<ChildCase.Builder>)
                                b -> b.addComplaint(Complaint.of(id("k1"), OPENED, id("d9"))),
                        "complaints[0].decisionId: expected the key of one of this case's decisions, got 'd9', which is"
                                + " not in the case"),
                Arguments.of(
                        "justification of an unknown part",
                        (UnaryOperator<ChildCase.Builder>)
                                b -> b.addJustification(Justification.of(id("j1"), "X", SB1, Instant.EPOCH, "r")
                                        .withPart(id("zz"))),
                        "justifications[0].partId: expected the key of a part of this case, got 'zz', which is not in"
                                + " the case"),
                Arguments.of(
                        "two current assignments",
                        (UnaryOperator<ChildCase.Builder>) b -> b.addAssignment(assignment("w1", SB1, OPENED, null))
                                .addAssignment(assignment("w2", SB2, OPENED.plusDays(10), null)),
                        "assignments[1].from 2026-04-06 is before the end of assignments[0] (still current); expected"
                                + " assignments that do not overlap"),
                Arguments.of(
                        "assignment starting before the previous ends",
                        (UnaryOperator<ChildCase.Builder>)
                                b -> b.addAssignment(assignment("w1", SB1, OPENED, OPENED.plusDays(10)))
                                        .addAssignment(assignment("w2", SB2, OPENED.plusDays(9), null)),
                        "assignments[1].from 2026-04-05 is before the end of assignments[0] (2026-04-06); expected"
                                + " assignments that do not overlap"),
                Arguments.of(
                        "overlap listed out of order",
                        (UnaryOperator<ChildCase.Builder>)
                                b -> b.addAssignment(assignment("w2", SB2, OPENED.plusDays(9), null))
                                        .addAssignment(assignment("w1", SB1, OPENED, OPENED.plusDays(10))),
                        "assignments[0].from 2026-04-05 is before the end of assignments[1] (2026-04-06); expected"
                                + " assignments that do not overlap"),
                Arguments.of(
                        "closed before opened",
                        (UnaryOperator<ChildCase.Builder>)
                                b -> b.closing(CaseClosing.of(OPENED.minusDays(1), ClosingReason.MOVED)),
                        "closing.closed 2026-03-26 is before opened 2026-03-27; expected on or after it"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("crossPartRules")
    void build_brokenRuleAcrossParts_throwsNamingPathsAndKey(
            String rule, UnaryOperator<ChildCase.Builder> breakIt, String message) {
        ChildCase.Builder b = breakIt.apply(builder());

        assertThatThrownBy(b::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void build_referencesOfEveryKindResolved_accepted() {
        ChildCase c = full();

        assertThat(c.justifications().get(0).partId()).contains(id("g2"));
        assertThat(c.findPart(id("g2"))).containsInstanceOf(Goal.class);
    }

    @Test
    void build_assignmentsThatMeet_accepted() {
        ChildCase c = builder()
                .addAssignment(assignment("w2", SB2, OPENED.plusDays(10), null))
                .addAssignment(assignment("w1", SB1, OPENED, OPENED.plusDays(10)))
                .build();

        assertThat(c.assignmentOn(OPENED)).map(CaseworkerAssignment::caseworker).contains(SB1);
        assertThat(c.assignmentOn(OPENED.plusDays(9)))
                .map(CaseworkerAssignment::caseworker)
                .contains(SB1);
        assertThat(c.assignmentOn(OPENED.plusDays(10)))
                .map(CaseworkerAssignment::caseworker)
                .contains(SB2);
        assertThat(c.assignmentOn(OPENED.minusDays(1))).isEmpty();
        assertThat(builder().build().assignmentOn(OPENED)).isEmpty();
    }

    @Test
    void build_closedOnTheDayItOpened_accepted() {
        ChildCase c = builder()
                .closing(CaseClosing.of(OPENED, ClosingReason.NO_FURTHER_ACTION))
                .build();

        assertThat(c.isOpenOn(OPENED)).isFalse();
        assertThat(c.isOpenOn(OPENED.minusDays(1))).isFalse();
    }

    @Test
    void isOpenOn_fromOpenedUntilTheDayBeforeClosing() {
        ChildCase c = full();
        LocalDate closed = c.closing().orElseThrow().closed();

        assertThat(c.isOpenOn(OPENED.minusDays(1))).isFalse();
        assertThat(c.isOpenOn(OPENED)).isTrue();
        assertThat(c.isOpenOn(closed.minusDays(1))).isTrue();
        assertThat(c.isOpenOn(closed)).isFalse();
        assertThat(builder().build().isOpenOn(OPENED.plusYears(30))).isTrue();
    }

    @Test
    void findPartAndPathOf_everyKindOfPart() {
        ChildCase c = full();
        List<String> expected = List.of(
                "n1 notifications[0]",
                "s1 screenings[0]",
                "a1 explorations[0]",
                "u1 investigations[0]",
                "c1 childConversations[0]",
                "d1 decisions[0]",
                "p1 plans[0]",
                "g1 plans[0].goals[0]",
                "g2 plans[0].goals[1]",
                "i1 interventions[0]",
                "f1 followUps[0]",
                "v1 supervisionVisits[0]",
                "w1 assignments[0]",
                "w2 assignments[1]",
                "m1 managementReviews[0]",
                "k1 complaints[0]",
                "r1 accessRequests[0]",
                "j1 justifications[0]");
        List<String> actual = new ArrayList<>();
        for (String row : expected) {
            PartId key = id(row.substring(0, row.indexOf(' ')));
            actual.add(key + " " + c.pathOf(key).orElse("?"));
            assertThat(c.findPart(key)).map(CasePart::id).contains(key);
        }

        assertThat(actual).isEqualTo(expected);
        assertThat(c.findPart(id("zz"))).isEmpty();
        assertThat(c.pathOf(id("zz"))).isEmpty();
        assertThat(c.findPart(id("d1"))).containsInstanceOf(Decision.class);
        assertThatThrownBy(() -> c.findPart(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> c.pathOf(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void constructor_nullsAndNullElements() {
        ChildCase c = full();

        assertThatThrownBy(() -> ChildCase.builder(null, c.child(), c.municipality(), c.kle(), OPENED))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("id");
        assertThatThrownBy(() -> ChildCase.builder(c.id(), null, c.municipality(), c.kle(), OPENED))
                .hasMessage("child");
        assertThatThrownBy(() -> ChildCase.builder(c.id(), c.child(), null, c.kle(), OPENED))
                .hasMessage("municipality");
        assertThatThrownBy(() -> ChildCase.builder(c.id(), c.child(), c.municipality(), null, OPENED))
                .hasMessage("kle");
        assertThatThrownBy(() -> ChildCase.builder(c.id(), c.child(), c.municipality(), c.kle(), null))
                .hasMessage("opened");
        assertThatThrownBy(() -> new ChildCase(
                        c.id(),
                        null,
                        c.municipality(),
                        c.kle(),
                        OPENED,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("child");
        assertThatThrownBy(() -> new ChildCase(
                        c.id(),
                        c.child(),
                        c.municipality(),
                        c.kle(),
                        OPENED,
                        null,
                        null,
                        null,
                        Arrays.asList(c.investigations().get(0), null),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("investigations[1] is null");
        assertThatThrownBy(() -> builder().addNotification(null)).hasMessage("notification");
        assertThatThrownBy(() -> builder().closing(null)).hasMessage("closing");
    }

    @Test
    void constructor_nullListsAndOptional_readAsEmpty() {
        ChildCase c = new ChildCase(
                CaseId.of("c"),
                Child.of(OPENED),
                MunicipalityCode.of(851),
                KleNumber.parse("27.24.00"),
                OPENED,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);

        assertThat(c)
                .isEqualTo(ChildCase.builder(c.id(), c.child(), c.municipality(), c.kle(), OPENED)
                        .build());
        assertThat(c.notifications()).isEmpty();
        assertThat(c.justifications()).isEmpty();
        assertThat(c.closing()).isEqualTo(Optional.empty());
    }

    @Test
    void builder_buildTwice_equalCases() {
        ChildCase.Builder b = builder().addNotification(notification("n1"));

        assertThat(b.build()).isEqualTo(b.build());
        assertThat(b.addNotification(notification("n2")).build().notifications())
                .hasSize(2);
    }

    @Test
    void toString_countsAndKeys_noPersonalData() {
        ChildCase c = full().toBuilder().build();
        ChildCase withCpr = ChildCase.builder(
                        c.id(), Child.of(Cpr.parse("070615-4321")), c.municipality(), c.kle(), OPENED)
                .addChildConversation(ChildConversation.omitted(id("c1"), OPENED, "Anna 070615-4321"))
                .build();

        assertThat(c.toString())
                .isEqualTo("ChildCase[id=2026-0042, municipality=101, kle=27.24.00-G01, opened=2026-03-27,"
                        + " notifications=1, investigations=1, decisions=1, plans=1, interventions=1, followUps=1,"
                        + " supervisionVisits=1, assignments=2, closed=2027-05-01]");
        assertThat(withCpr.toString())
                .doesNotContain("0706")
                .doesNotContain("4321")
                .doesNotContain("Anna")
                .endsWith("closed=no]");
    }
}
