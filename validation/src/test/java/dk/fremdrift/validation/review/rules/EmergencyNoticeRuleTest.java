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

class EmergencyNoticeRuleTest {

    private static final String BL = "BL-143-EMERGENCY-NOTICE";

    private static ChildCase emergency(String notified) {
        EmergencyDecision e = EmergencyDecision.of(local("2026-03-10T14:00"));
        if (notified != null) {
            e = e.withPartiesNotified(local(notified));
        }
        return aCase(date("2026-03-01"))
                .addDecision(decision("d1", DecisionKind.PLACEMENT_WITHOUT_CONSENT, "2026-03-10")
                        .withEmergency(e))
                .build();
    }

    @Test
    void check_noticeNinetyMinutesLate_error() {
        assertThat(findings(emergency("2026-03-11T15:30"), "2026-03-12", BL))
                .singleElement()
                .satisfies(f -> assertThat(f.messageDa())
                        .isEqualTo("Den skriftlige meddelelse om formandsafgørelsen (decisions[0]) blev givet"
                                + " 2026-03-11 kl. 15.30, 1 time og 30 minutter efter fristen 2026-03-11 kl. 14.00"
                                + " (barnets lov § 143)."));
    }

    @Test
    void check_noticeNextMorning_noFinding() {
        assertThat(findings(emergency("2026-03-11T08:00"), "2026-03-12", BL)).isEmpty();
    }

    @Test
    void check_noticeAtTheDueMinute_noFinding() {
        assertThat(findings(emergency("2026-03-11T14:00"), "2026-03-12", BL)).isEmpty();
    }
}
