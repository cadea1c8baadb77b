package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.ReviewFixtures.aCase;
import static dk.fremdrift.validation.review.ReviewFixtures.date;
import static dk.fremdrift.validation.review.ReviewFixtures.findings;
import static dk.fremdrift.validation.review.ReviewFixtures.id;
import static dk.fremdrift.validation.review.ReviewFixtures.local;
import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.model.Assessment;
import dk.fremdrift.model.AssessmentOutcome;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.ManagementReview;
import dk.fremdrift.model.Notification;
import dk.fremdrift.model.NotifierKind;
import dk.fremdrift.validation.review.Severity;
import org.junit.jupiter.api.Test;

class ManagementReviewRuleTest {

    private static final String BL = "BL-MGMT-REVIEW";

    // Assessed 2026-01-10: a management review is expected by 2026-04-10.
    private static ChildCase assessed(AssessmentOutcome outcome, String reviewed) {
        ChildCase.Builder b = aCase(date("2026-01-10"))
                .addNotification(Notification.of(id("n1"), local("2026-01-10T09:00"), NotifierKind.CITIZEN)
                        .withAssessment(Assessment.of(local("2026-01-10T12:00"), outcome)));
        if (reviewed != null) {
            b.addManagementReview(ManagementReview.of(id("m1"), date(reviewed)));
        }
        return b.build();
    }

    @Test
    void check_seriousNotificationNoReviewIn3Months_query() {
        assertThat(findings(assessed(AssessmentOutcome.ENDANGERED, null), "2026-04-11", BL))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.QUERY);
                    assertThat(f.path()).contains("notifications[0]");
                    assertThat(f.messageDa())
                            .isEqualTo("Underretningen (notifications[0]) blev vurderet som alvorlig (i fare)"
                                    + " 2026-01-10, men der er ikke registreret et ledelsestilsyn med sagen fra"
                                    + " 2026-01-10 til og med 2026-04-10 (barnets lov § 136).");
                });
    }

    @Test
    void check_notSerious_noFinding() {
        assertThat(findings(assessed(AssessmentOutcome.NOT_ENDANGERED, null), "2026-06-01", BL))
                .isEmpty();
    }

    @Test
    void check_reviewOnTheLastDayOrWindowStillOpen_noFinding() {
        assertThat(findings(assessed(AssessmentOutcome.ACUTE_ACTION_NEEDED, "2026-04-10"), "2026-06-01", BL))
                .isEmpty();
        assertThat(findings(assessed(AssessmentOutcome.ACUTE_ACTION_NEEDED, null), "2026-04-10", BL))
                .isEmpty();
        assertThat(findings(assessed(AssessmentOutcome.ACUTE_ACTION_NEEDED, "2026-04-11"), "2026-06-01", BL))
                .hasSize(1);
    }
}
