package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.ReviewFixtures.aCase;
import static dk.fremdrift.validation.review.ReviewFixtures.date;
import static dk.fremdrift.validation.review.ReviewFixtures.decision;
import static dk.fremdrift.validation.review.ReviewFixtures.findings;
import static dk.fremdrift.validation.review.ReviewFixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.Complaint;
import dk.fremdrift.model.DecisionKind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ComplaintReassessmentRuleTest {

    private static final String CODE = "RSL-66-COMPLAINT-REASSESSMENT";

    // Received Monday 2026-03-02: 4 weeks, due Monday 2026-03-30.
    private static ChildCase complaint(String received, String reassessed) {
        return aCase(date(received).minusMonths(2))
                .addDecision(decision(
                        "d1", DecisionKind.SUPPORT, date(received).minusWeeks(2).toString()))
                .addComplaint(Complaint.of(id("k1"), date(received), id("d1")).withReassessed(date(reassessed)))
                .build();
    }

    @Test
    void check_reassessedTwoDaysLate_error() {
        assertThat(findings(complaint("2026-03-02", "2026-04-01"), "2026-05-01", CODE))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.path()).contains("complaints[0]");
                    assertThat(f.messageDa())
                            .isEqualTo("Genvurderingen af klagen (complaints[0]) blev foretaget 2026-04-01, 2 dage"
                                    + " efter fristen 2026-03-30 (retssikkerhedsloven § 66).");
                });
    }

    @Test
    void check_reassessedOnTheDueDate_noFinding() {
        assertThat(findings(complaint("2026-03-02", "2026-03-30"), "2026-05-01", CODE))
                .isEmpty();
    }

    @Test
    void check_underServiceloven_sameCodeAndProvision() {
        assertThat(findings(complaint("2023-06-05", "2023-07-05"), "2023-08-01", CODE))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.legalBasis().toDanish()).isEqualTo("retssikkerhedsloven § 66");
                    assertThat(f.inForce().startInclusive()).isEqualTo(LocalDate.of(2011, 1, 1));
                    assertThat(f.inForce().endExclusive()).isEmpty();
                });
    }
}
