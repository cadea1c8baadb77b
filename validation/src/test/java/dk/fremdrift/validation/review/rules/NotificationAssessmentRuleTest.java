package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.ReviewFixtures.aCase;
import static dk.fremdrift.validation.review.ReviewFixtures.findings;
import static dk.fremdrift.validation.review.ReviewFixtures.notification;
import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.deadlines.DeadlineEvaluation;
import dk.fremdrift.deadlines.DeadlineStatus;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.InForcePeriod;
import dk.fremdrift.validation.review.Finding;
import dk.fremdrift.validation.review.ReviewFixtures;
import dk.fremdrift.validation.review.Severity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotificationAssessmentRuleTest {

    private static final String BL = "BL-136-ASSESSMENT-24H";
    private static final String SEL = "SEL-155-ASSESSMENT-24H";

    private static ChildCase assessed(String received, String assessed) {
        return aCase(LocalDate.parse(received.substring(0, 10)))
                .addNotification(notification("n1", received, assessed))
                .build();
    }

    @Test
    void check_assessedAnHourLate_errorWithTheDatesAndTheLateness() {
        List<Finding> found = findings(assessed("2026-03-27T16:05", "2026-03-28T17:10"), "2026-04-01", BL);

        assertThat(found).hasSize(1);
        Finding f = found.get(0);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.path()).contains("notifications[0]");
        assertThat(f.legalBasis().toDanish()).isEqualTo("barnets lov § 136");
        assertThat(f.inForce()).isEqualTo(InForcePeriod.from(LocalDate.of(2024, 1, 1)));
        assertThat(f.messageDa())
                .isEqualTo("Underretningen (notifications[0]) blev vurderet 2026-03-28 kl. 17.10, 1 time og 5 minutter"
                        + " efter fristen 2026-03-28 kl. 16.05 (barnets lov § 136).");
        assertThat(f.messageEn())
                .isEqualTo("The notification (notifications[0]) was assessed on 2026-03-28 17:10, 1 hour and 5 minutes"
                        + " after the deadline 2026-03-28 16:05 (Children's Act (barnets lov) section 136).");
        assertThat(f.deadline()).hasValueSatisfying(d -> {
            assertThat(d.ruleId()).isEqualTo("BL-136-ASSESSMENT-24H");
            assertThat(d.status()).isEqualTo(DeadlineStatus.MET_LATE);
            assertThat(d.dueDate()).isEqualTo(LocalDate.of(2026, 3, 28));
        });
    }

    @Test
    void check_assessedNextMorning_noFinding() {
        assertThat(findings(assessed("2026-03-27T16:05", "2026-03-28T09:10"), "2026-04-01", BL))
                .isEmpty();
    }

    @Test
    void check_assessedAtTheDueMinuteOrOneMinuteAfter_onlyTheLaterIsAFinding() {
        assertThat(findings(assessed("2026-03-27T16:05", "2026-03-28T16:05"), "2026-04-01", BL))
                .isEmpty();
        assertThat(findings(assessed("2026-03-27T16:05", "2026-03-28T16:06"), "2026-04-01", BL))
                .singleElement()
                .satisfies(f -> assertThat(f.messageDa()).contains("1 minut efter fristen"));
    }

    @Test
    void check_notAssessedAcrossTheSpringChange_overdueInRealHours() {
        List<Finding> found = findings(assessed("2026-03-27T16:05", null), "2026-03-29", BL);

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.deadline())
                    .hasValueSatisfying(d -> assertThat(d.status()).isEqualTo(DeadlineStatus.OVERDUE));
            // 2026-03-28 16:05 CET to 2026-03-29 12:00 CEST is 18 h 55 min of real time.
            assertThat(f.messageDa())
                    .isEqualTo("Underretningen (notifications[0]) var ikke vurderet pr. 2026-03-29 kl. 12.00, 18 timer"
                            + " og 55 minutter efter fristen 2026-03-28 kl. 16.05 (barnets lov § 136).");
        });
    }

    @Test
    void check_dueSoonButNotYetDue_noFinding() {
        ChildCase c = assessed("2026-03-27T16:05", null);
        Instant asOf = ReviewFixtures.local("2026-03-28T12:00");

        assertThat(ReviewFixtures.ENGINE.evaluate(c, asOf))
                .filteredOn(e -> e.ruleId().equals(BL))
                .extracting(DeadlineEvaluation::status)
                .containsExactly(DeadlineStatus.DUE_SOON);
        assertThat(ReviewFixtures.REVIEW.review(c, asOf).findingsOf(BL)).isEmpty();
    }

    @Test
    void check_lastDayOfServiceloven_judgedByTheServicelovenPack() {
        ChildCase c = assessed("2023-12-31T10:00", "2024-01-02T10:00");

        assertThat(findings(c, "2024-02-01", BL)).isEmpty();
        assertThat(findings(c, "2024-02-01", SEL)).singleElement().satisfies(f -> {
            assertThat(f.legalBasis().toDanish()).isEqualTo("serviceloven § 155, stk. 2");
            assertThat(f.inForce().endInclusive()).contains(LocalDate.of(2023, 12, 31));
            assertThat(f.messageDa()).contains("1 dag efter fristen 2024-01-01 kl. 10.00");
        });
    }

    @Test
    void check_firstDayOfBarnetsLov_judgedByTheBarnetsLovPack() {
        ChildCase c = assessed("2024-01-01T10:00", "2024-01-03T10:00");

        assertThat(findings(c, "2024-02-01", SEL)).isEmpty();
        assertThat(findings(c, "2024-02-01", BL)).hasSize(1);
    }

    @Test
    void check_beforeThe24HourRule_notJudged() {
        // Serviceloven § 155, stk. 2's 24 hours are in force from 1 October 2013 (overgrebspakken).
        assertThat(ReviewFixtures.REVIEW
                        .review(
                                ReviewFixtures.aCase(LocalDate.of(2013, 6, 3), LocalDate.of(2010, 1, 1))
                                        .addNotification(notification("n1", "2013-06-03T10:00", null))
                                        .build(),
                                ReviewFixtures.noon("2013-07-01"))
                        .findings())
                .isEmpty();
    }
}
