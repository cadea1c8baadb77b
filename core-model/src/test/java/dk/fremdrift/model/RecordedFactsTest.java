package dk.fremdrift.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The legal facts a case records instead of leaving them to be guessed from the order of its parts: a placement
 * decision's kind, the investigation a decision without consent concerns, the next follow-up decided, a visit's
 * conversation or the reason it was left out, and the dates an emergency decision's deadlines count from.
 */
class RecordedFactsTest {

    static final PartId ID = PartId.of("d1");
    static final LocalDate SEP_2 = LocalDate.of(2026, 9, 2);
    static final LegalReference BL_47 = LegalReference.of(Law.BARNETS_LOV, "47");
    static final LegalReference BL_50 = LegalReference.of(Law.BARNETS_LOV, "50");
    static final LegalReference SEL_62 = LegalReference.of(Law.SERVICELOVEN, "62");
    static final LegalReference BL_143 = LegalReference.of(Law.BARNETS_LOV, "143");

    @Test
    void ofPlacementWithoutConsent_kind_basisByKind() {
        assertThat(Decision.ofPlacementWithoutConsent(ID, PlacementDecisionKind.PLACEMENT, SEP_2)
                        .legalBasis())
                .isEqualTo(BL_47);
        Decision m = Decision.ofPlacementWithoutConsent(ID, PlacementDecisionKind.MAINTENANCE, SEP_2);
        assertThat(m.legalBasis()).isEqualTo(BL_50);
        assertThat(m.placementKind()).contains(PlacementDecisionKind.MAINTENANCE);
        assertThat(m.kind()).isEqualTo(DecisionKind.PLACEMENT_WITHOUT_CONSENT);
    }

    @Test
    void placementKind_otherDecisionKind_rejected() {
        Decision support = Decision.of(ID, DecisionKind.SUPPORT, LegalReference.of(Law.BARNETS_LOV, "32"), SEP_2);
        assertThatThrownBy(() -> support.withPlacementKind(PlacementDecisionKind.PLACEMENT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("placementKind: expected none for a decision of kind other than");
    }

    @Test
    void placementKind_onEmergencyDecision_rejected() {
        Decision emergency = Decision.of(ID, DecisionKind.PLACEMENT_WITHOUT_CONSENT, BL_143, SEP_2)
                .withEmergency(EmergencyDecision.of(Instant.parse("2026-09-02T10:00:00Z")));
        assertThatThrownBy(() -> emergency.withPlacementKind(PlacementDecisionKind.PLACEMENT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("emergency decision by the committee chair");
    }

    @Test
    void placementKind_contradictingBasis_rejected() {
        Decision onBl50 = Decision.of(ID, DecisionKind.PLACEMENT_WITHOUT_CONSENT, BL_50, SEP_2);
        Decision onSel62 = Decision.of(ID, DecisionKind.PLACEMENT_WITHOUT_CONSENT, SEL_62, SEP_2);
        Decision onBl47 = Decision.of(ID, DecisionKind.PLACEMENT_WITHOUT_CONSENT, BL_47, SEP_2);

        assertThatThrownBy(() -> onBl50.withPlacementKind(PlacementDecisionKind.PLACEMENT))
                .hasMessageContaining("fits legalBasis");
        assertThatThrownBy(() -> onSel62.withPlacementKind(PlacementDecisionKind.PLACEMENT_AFTER_RECENT_PLACEMENT))
                .hasMessageContaining("fits legalBasis");
        assertThatThrownBy(() -> onBl47.withPlacementKind(PlacementDecisionKind.MAINTENANCE))
                .hasMessageContaining("fits legalBasis");
        assertThat(onSel62.withPlacementKind(PlacementDecisionKind.MAINTENANCE).placementKind())
                .contains(PlacementDecisionKind.MAINTENANCE);
    }

    @ParameterizedTest
    @EnumSource(PlacementDecisionKind.class)
    void placementKind_basisInAnotherAct_noContradiction(PlacementDecisionKind kind) {
        assertThat(kind.contradicts(LegalReference.of(Law.RETSSIKKERHEDSLOVEN, "50")))
                .isFalse();
        assertThat(kind.contradicts(LegalReference.of(Law.BARNETS_LOV, "143"))).isFalse();
        assertThat(kind.danishName()).isNotBlank();
        assertThat(kind.englishName()).isNotBlank();
    }

    @Test
    void investigationId_otherDecisionKind_rejected() {
        Decision support = Decision.of(ID, DecisionKind.SUPPORT, LegalReference.of(Law.BARNETS_LOV, "32"), SEP_2);
        assertThatThrownBy(() -> support.withInvestigation(PartId.of("u1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("investigationId: expected none");
    }

    @Test
    void investigationId_notAnInvestigationOfTheCase_rejectedWithPath() {
        Decision d = Decision.of(
                        ID, DecisionKind.INVESTIGATION_WITHOUT_CONSENT, LegalReference.of(Law.BARNETS_LOV, "23"), SEP_2)
                .withInvestigation(PartId.of("i1"));
        ChildCase.Builder b = ChildCaseTest.builder()
                .addIntervention(Intervention.of(PartId.of("i1"), InterventionKind.FAMILY_THERAPY, BL_47, SEP_2))
                .addDecision(d);
        assertThatThrownBy(b::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(
                        "decisions[0].investigationId: expected the key of one of this case's" + " investigations");
    }

    @Test
    void basedOn_theInvestigationOfTheCase_recordedAndKeptByCopies() {
        PartId u1 = PartId.of("u1");
        Decision d = Decision.of(ID, DecisionKind.SUPPORT, LegalReference.of(Law.BARNETS_LOV, "32"), SEP_2)
                .withBasedOn(u1)
                .withNotifiedOn(SEP_2.plusDays(1));
        assertThat(d.basedOn()).contains(u1);
        ChildCase c = ChildCaseTest.builder()
                .addInvestigation(Investigation.of(u1, SEP_2.minusMonths(3), SEP_2.minusMonths(3)))
                .addDecision(d)
                .build();
        assertThat(c.decisions().get(0).basedOn()).contains(u1);
    }

    @Test
    void basedOn_decisionOnAnInvestigationWithoutConsent_rejected() {
        Decision d = Decision.of(
                ID, DecisionKind.INVESTIGATION_WITHOUT_CONSENT, LegalReference.of(Law.BARNETS_LOV, "23"), SEP_2);
        assertThatThrownBy(() -> d.withBasedOn(PartId.of("u1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("basedOn: expected none for a decision of kind INVESTIGATION_WITHOUT_CONSENT");
    }

    @Test
    void basedOn_notAnInvestigationOfTheCase_rejectedWithPath() {
        Decision d = Decision.of(ID, DecisionKind.SUPPORT, LegalReference.of(Law.BARNETS_LOV, "32"), SEP_2)
                .withBasedOn(PartId.of("i1"));
        ChildCase.Builder b = ChildCaseTest.builder()
                .addIntervention(Intervention.of(PartId.of("i1"), InterventionKind.FAMILY_THERAPY, BL_47, SEP_2))
                .addDecision(d);
        assertThatThrownBy(b::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("decisions[0].basedOn: expected the key of one of this case's investigations, got the key"
                        + " of interventions[0]");
    }

    @Test
    void goalInterventions_unknownOrRepeated_rejectedWithPath() {
        PartId i1 = PartId.of("i1");
        Goal g = Goal.of(PartId.of("g1"), GoalArea.SCHOOL, "Går i skole hver dag");
        assertThat(g.withInterventions(i1).interventionIds()).containsExactly(i1);
        assertThatThrownBy(() -> g.withInterventions(i1, i1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("interventionIds: expected each intervention at most once");
        ChildCase.Builder b = ChildCaseTest.builder()
                .addIntervention(Intervention.of(i1, InterventionKind.FAMILY_THERAPY, BL_47, SEP_2))
                .addPlan(
                        Plan.of(PartId.of("p1"), PlanKind.CHILD_PLAN, SEP_2, g.withInterventions(i1, PartId.of("i9"))));
        assertThatThrownBy(b::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("plans[0].goals[0].interventionIds[1]: expected the key of one of this case's"
                        + " interventions, got a key that is not in the case");
    }

    @Test
    void concerns_setInTheAreasOrder_repeatsAndNullsHandled() {
        Investigation x = Investigation.of(PartId.of("u1"), SEP_2, SEP_2)
                .withConcerns(GoalArea.SCHOOL, GoalArea.FAMILY, GoalArea.SCHOOL);
        assertThat(x.concerns()).containsExactly(GoalArea.FAMILY, GoalArea.SCHOOL);
        assertThat(x.withCompleted(SEP_2).concerns()).isEqualTo(x.concerns());
        assertThatThrownBy(() -> x.concerns().add(GoalArea.HEALTH)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> x.withConcerns(GoalArea.HEALTH, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("concerns holds a null area");
        Assessment a = Assessment.of(Instant.parse("2026-09-02T10:00:00Z"), AssessmentOutcome.ENDANGERED)
                .withConcerns(GoalArea.HEALTH)
                .withAssessedBy(CaseworkerId.of("sb1"));
        assertThat(a.concerns()).containsExactly(GoalArea.HEALTH);
        for (JsonLine line : JsonLine.values()) {
            String json = line.write(x);
            assertThat(json).contains("\"concerns\":[\"FAMILY\",\"SCHOOL\"]");
            assertThat(line.read(json, Investigation.class)).isEqualTo(x);
        }
    }

    @Test
    void emergency_implementedTheDayBeforeTheDecision_rejectedWithoutValues() {
        // 2026-09-01T22:30Z is 2026-09-02 00:30 in Copenhagen: the same Danish date, accepted.
        Decision same = Decision.of(ID, DecisionKind.PLACEMENT_WITHOUT_CONSENT, BL_143, SEP_2)
                .withEmergency(EmergencyDecision.of(Instant.parse("2026-09-01T22:30:00Z")));
        assertThat(same.emergency()).isPresent();

        Decision d = Decision.of(ID, DecisionKind.PLACEMENT_WITHOUT_CONSENT, BL_143, SEP_2);
        EmergencyDecision before = EmergencyDecision.of(Instant.parse("2026-09-01T21:30:00Z"));
        assertThatThrownBy(() -> d.withEmergency(before))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("emergency.implemented: expected a moment on or after the decision's date")
                .message()
                .doesNotContain("2026");
    }

    @Test
    void emergency_approvedBeforeImplementation_rejected() {
        Decision d = Decision.of(ID, DecisionKind.PLACEMENT_WITHOUT_CONSENT, BL_143, SEP_2);
        EmergencyDecision e =
                EmergencyDecision.of(Instant.parse("2026-09-03T10:00:00Z")).withApprovedOn(SEP_2);
        assertThatThrownBy(() -> d.withEmergency(e))
                .hasMessageStartingWith("emergency.approvedOn: expected a date on or after the implementation")
                .message()
                .doesNotContain("2026");
    }

    @Test
    void followUp_nextFollowUpBy_recordedNotBeforeTheFollowUp() {
        FollowUp f = FollowUp.of(PartId.of("f1"), SEP_2, PartId.of("i1"));
        assertThat(f.nextFollowUpBy()).isEmpty();
        assertThat(f.withNextFollowUpBy(SEP_2).nextFollowUpBy()).contains(SEP_2);
        assertThatThrownBy(() -> f.withNextFollowUpBy(SEP_2.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("nextFollowUpBy: expected a date on or after")
                .message()
                .doesNotContain("2026");
    }

    @Test
    void visit_factoriesBuildEachKind_copyKeepsTheRest() {
        SupervisionVisit held = SupervisionVisit.ofHeldConversation(PartId.of("v1"), SEP_2);
        SupervisionVisit omitted = SupervisionVisit.ofOmittedConversation(PartId.of("v2"), SEP_2, "Barnet var syg");
        SupervisionVisit none = SupervisionVisit.ofNoConversation(PartId.of("v3"), SEP_2);

        assertThat(held.conversationWithChild()).isTrue();
        assertThat(held.conversationOmissionReason()).isEmpty();
        assertThat(omitted.conversationWithChild()).isFalse();
        assertThat(omitted.conversationOmissionReason()).contains("Barnet var syg");
        assertThat(none.conversationWithChild()).isFalse();
        assertThat(none.conversationOmissionReason()).isEmpty();
        SupervisionVisit copy = omitted.withIntervention(PartId.of("i1"));
        assertThat(copy.conversationOmissionReason()).contains("Barnet var syg");
        assertThat(copy.interventionId()).contains(PartId.of("i1"));
        assertThat(copy.toString()).doesNotContain("syg").contains("<text, 14 chars>");
    }

    @Test
    void visit_heldWithReason_rejected() {
        assertThatThrownBy(() -> new SupervisionVisit(PartId.of("v1"), SEP_2, true, java.util.Optional.of("x"), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("conversationOmissionReason: expected none");
        assertThatThrownBy(() -> SupervisionVisit.ofOmittedConversation(PartId.of("v1"), SEP_2, " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oldDocument_withoutTheNewFields_readsThemAsNotRecorded() {
        String json = "{\"id\":\"c1\",\"child\":{\"birthDate\":\"2015-06-07\"},\"municipality\":\"101\","
                + "\"kle\":\"27.24.00-G01\",\"opened\":\"2020-01-02\","
                + "\"decisions\":[{\"id\":\"d1\",\"kind\":\"PLACEMENT_WITHOUT_CONSENT\","
                + "\"legalBasis\":{\"law\":\"SERVICELOVEN\",\"paragraph\":\"58\"},\"decided\":\"2020-02-03\","
                + "\"outcome\":\"GRANTED\"}],"
                + "\"followUps\":[{\"id\":\"f1\",\"date\":\"2020-05-01\"}],"
                + "\"supervisionVisits\":[{\"id\":\"v1\",\"date\":\"2020-05-02\",\"conversationWithChild\":false}]}";
        for (JsonLine line : JsonLine.values()) {
            ChildCase c = line.read(json, ChildCase.class);
            assertThat(c.decisions().get(0).placementKind()).isEmpty();
            assertThat(c.decisions().get(0).investigationId()).isEmpty();
            assertThat(c.decisions().get(0).basedOn()).isEmpty();
            assertThat(c.followUps().get(0).nextFollowUpBy()).isEmpty();
            assertThat(c.supervisionVisits().get(0).conversationOmissionReason())
                    .isEmpty();
        }
    }
}
