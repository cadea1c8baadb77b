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

class EmergencyValidityRuleTest {

    private static final String BL = "BL-143-EMERGENCY-VALIDITY";

    // Implemented 2026-03-10: valid one month, until 2026-04-10.
    private static ChildCase replaced(String ordinary) {
        EmergencyDecision e = EmergencyDecision.of(local("2026-03-10T14:00"))
                .withPartiesNotified(local("2026-03-10T18:00"))
                .withApprovedOn(date("2026-03-12"));
        return aCase(date("2026-03-01"))
                .addDecision(decision("d1", DecisionKind.PLACEMENT_WITHOUT_CONSENT, "2026-03-10")
                        .withEmergency(e))
                .addDecision(decision("d2", DecisionKind.PLACEMENT_WITHOUT_CONSENT, ordinary))
                .build();
    }

    @Test
    void check_replacedFourDaysLate_error() {
        assertThat(findings(replaced("2026-04-14"), "2026-05-01", BL))
                .singleElement()
                .satisfies(f -> assertThat(f.messageEn())
                        .isEqualTo("The emergency decision (decisions[0]) was replaced by an ordinary decision on"
                                + " 2026-04-14, 4 days after the deadline 2026-04-10 (Children's Act (barnets lov)"
                                + " section 143)."));
    }

    @Test
    void check_replacedWithinTheMonth_noFinding() {
        assertThat(findings(replaced("2026-03-30"), "2026-05-01", BL)).isEmpty();
    }

    @Test
    void check_replacedOnTheLastValidDay_noFinding() {
        assertThat(findings(replaced("2026-04-10"), "2026-05-01", BL)).isEmpty();
    }
}
