package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.ReviewFixtures.aCase;
import static dk.fremdrift.validation.review.ReviewFixtures.date;
import static dk.fremdrift.validation.review.ReviewFixtures.findings;
import static dk.fremdrift.validation.review.ReviewFixtures.local;
import static dk.fremdrift.validation.review.ReviewFixtures.notification;
import static dk.fremdrift.validation.review.ReviewFixtures.support;
import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.Intervention;
import dk.fremdrift.validation.review.Severity;
import org.junit.jupiter.api.Test;

class AssessorUnrecordedRuleTest {

    private static final String BL = "BL-137-ASSESSOR-UNRECORDED";

    private static ChildCase notified(Intervention running) {
        return aCase(date("2025-01-01"))
                .addIntervention(running)
                .addNotification(notification("n1", "2026-03-02T10:00", "2026-03-02T15:00"))
                .build();
    }

    @Test
    void check_newNotificationWhileSupportedWithoutAssessor_query() {
        assertThat(findings(notified(support("i1", "2025-06-01")), "2026-03-10", BL))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.QUERY);
                    assertThat(f.messageEn())
                            .isEqualTo("The notification (notifications[0]) received on 2026-03-02, while the child had"
                                    + " support, must be assessed by someone not involved before, but who assessed it"
                                    + " is not recorded (Children's Act (barnets lov) section 137).");
                });
    }

    @Test
    void check_supportStartsAfterTheNotification_noFinding() {
        assertThat(findings(notified(support("i1", "2026-03-03")), "2026-03-10", BL))
                .isEmpty();
    }

    @Test
    void check_supportEndingTheDayBeforeOrOnTheDay_onlyTheLatterCounts() {
        assertThat(findings(notified(support("i1", "2025-06-01").withEnd(date("2026-03-01"))), "2026-03-10", BL))
                .isEmpty();
        assertThat(findings(notified(support("i1", "2025-06-01").withEnd(date("2026-03-02"))), "2026-03-10", BL))
                .hasSize(1);
    }

    @Test
    void check_assessedAfterAsOf_notYetJudged() {
        assertThat(dk.fremdrift.validation.review.ReviewFixtures.REVIEW
                        .review(notified(support("i1", "2025-06-01")), local("2026-03-02T12:00"))
                        .findingsOf(BL))
                .isEmpty();
    }
}
