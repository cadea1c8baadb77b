package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.ReviewFixtures.aCase;
import static dk.fremdrift.validation.review.ReviewFixtures.date;
import static dk.fremdrift.validation.review.ReviewFixtures.findings;
import static dk.fremdrift.validation.review.ReviewFixtures.id;
import static dk.fremdrift.validation.review.ReviewFixtures.support;
import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.FollowUp;
import dk.fremdrift.model.Investigation;
import org.junit.jupiter.api.Test;

class FirstFollowUpRuleTest {

    private static final String BL = "BL-95-FIRST-FOLLOW-UP";

    // Support from 2026-02-02: the first follow-up is due by 2026-05-02.
    private static ChildCase followedUp(String start, String followUp) {
        return aCase(date(start))
                .addIntervention(support("i1", start))
                .addFollowUp(FollowUp.of(id("f1"), date(followUp), id("i1")))
                .build();
    }

    @Test
    void check_firstFollowUpThreeDaysLate_errorOnTheIntervention() {
        assertThat(findings(followedUp("2026-02-02", "2026-05-05"), "2026-06-01", BL))
                .singleElement()
                .satisfies(f -> assertThat(f.messageDa())
                        .isEqualTo("Den første opfølgning på indsatsen (interventions[0]) blev foretaget 2026-05-05, 3"
                                + " dage efter fristen 2026-05-02 (barnets lov § 95)."));
    }

    @Test
    void check_firstFollowUpOnTheDueDate_noFinding() {
        assertThat(findings(followedUp("2026-02-02", "2026-05-02"), "2026-06-01", BL))
                .isEmpty();
    }

    @Test
    void check_parallelInvestigationEndsEarlier_dueAtItsEnd() {
        ChildCase c = aCase(date("2026-01-20"))
                .addInvestigation(Investigation.of(id("u1"), date("2026-01-20"), date("2026-01-20"))
                        .withCompleted(date("2026-03-01")))
                .addIntervention(support("i1", "2026-02-02"))
                .addFollowUp(FollowUp.of(id("f1"), date("2026-03-05"), id("i1")))
                .build();

        assertThat(findings(c, "2026-06-01", BL))
                .singleElement()
                .satisfies(f -> assertThat(f.messageDa()).contains("2026-03-05, 4 dage efter fristen 2026-03-01"));
    }

    @Test
    void check_underServiceloven_servicelovensCodeAndProvision() {
        assertThat(findings(followedUp("2023-03-01", "2023-06-05"), "2023-07-01", "SEL-70-FIRST-FOLLOW-UP"))
                .singleElement()
                .satisfies(f -> assertThat(f.legalBasis().toDanish()).isEqualTo("serviceloven § 70, stk. 1"));
    }
}
