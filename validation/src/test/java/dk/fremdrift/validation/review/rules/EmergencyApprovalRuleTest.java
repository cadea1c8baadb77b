package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.ReviewFixtures.aCase;
import static dk.fremdrift.validation.review.ReviewFixtures.date;
import static dk.fremdrift.validation.review.ReviewFixtures.decision;
import static dk.fremdrift.validation.review.ReviewFixtures.findings;
import static dk.fremdrift.validation.review.ReviewFixtures.local;
import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.DecisionKind;
import dk.fremdrift.model.EmergencyDecision;
import org.junit.jupiter.api.Test;

class EmergencyApprovalRuleTest {

    private static final String BL = "BL-143-EMERGENCY-APPROVAL-7D";

    // Implemented Tuesday 2026-03-10: 7 calendar days counting that day, due Monday 2026-03-16.
    private static ChildCase approved(String approvedOn) {
        EmergencyDecision e = EmergencyDecision.of(local("2026-03-10T14:00"))
                .withPartiesNotified(local("2026-03-10T18:00"))
                .withApprovedOn(date(approvedOn));
        return aCase(date("2026-03-01"))
                .addDecision(decision("d1", DecisionKind.PLACEMENT_WITHOUT_CONSENT, "2026-03-10")
                        .withEmergency(e))
                .build();
    }

    @Test
    void check_approvedADayLate_error() {
        assertThat(findings(approved("2026-03-17"), "2026-03-20", BL))
                .singleElement()
                .satisfies(f -> assertThat(f.messageDa())
                        .isEqualTo("Børne- og ungeudvalgets godkendelse af formandsafgørelsen (decisions[0]) blev"
                                + " givet 2026-03-17, 1 dag efter fristen 2026-03-16 (barnets lov § 143)."));
    }

    @Test
    void check_approvedWithinTheWeek_noFinding() {
        assertThat(findings(approved("2026-03-12"), "2026-03-20", BL)).isEmpty();
    }

    @Test
    void check_approvedOnTheSeventhDay_noFinding() {
        assertThat(findings(approved("2026-03-16"), "2026-03-20", BL)).isEmpty();
    }
}
