package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.ReviewFixtures.aCase;
import static dk.fremdrift.validation.review.ReviewFixtures.date;
import static dk.fremdrift.validation.review.ReviewFixtures.findings;
import static dk.fremdrift.validation.review.ReviewFixtures.id;
import static dk.fremdrift.validation.review.ReviewFixtures.local;
import static dk.fremdrift.validation.review.ReviewFixtures.support;
import static dk.fremdrift.validation.review.ReviewFixtures.worker;
import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.model.Assessment;
import dk.fremdrift.model.AssessmentOutcome;
import dk.fremdrift.model.CaseworkerAssignment;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.Notification;
import dk.fremdrift.model.NotifierKind;
import dk.fremdrift.model.TeamId;
import dk.fremdrift.validation.review.Severity;
import org.junit.jupiter.api.Test;

class IndependentAssessorRuleTest {

    private static final String BL = "BL-137-INDEPENDENT-ASSESSOR";
    private static final TeamId TEAM = TeamId.of("team-1");

    /**
     * Support since 2025-06-01; sb-1 is the caseworker from 2025-01-01, sb-2 takes over on {@code handover}; a new
     * notification arrives 2026-03-02 and is assessed by {@code assessor}.
     */
    static ChildCase newNotification(boolean supported, String handover, String assessor) {
        Assessment a = Assessment.of(local("2026-03-02T15:00"), AssessmentOutcome.NOT_ENDANGERED);
        ChildCase.Builder b = aCase(date("2025-01-01"))
                .addAssignment(CaseworkerAssignment.of(id("a1"), worker("sb-1"), TEAM, date("2025-01-01"))
                        .withUntil(date(handover)))
                .addAssignment(CaseworkerAssignment.of(id("a2"), worker("sb-2"), TEAM, date(handover)))
                .addNotification(Notification.of(id("n1"), local("2026-03-02T10:00"), NotifierKind.PROFESSIONAL)
                        .withAssessment(assessor == null ? a : a.withAssessedBy(worker(assessor))));
        if (supported) {
            b.addIntervention(support("i1", "2025-06-01"));
        }
        return b.build();
    }

    @Test
    void check_assessedByTheCaseworkerInCharge_error() {
        assertThat(findings(newNotification(true, "2026-06-01", "sb-1"), "2026-03-10", BL))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.path()).contains("notifications[0]");
                    assertThat(f.messageDa())
                            .isEqualTo("Underretningen (notifications[0]) modtaget 2026-03-02, mens barnet havde en"
                                    + " indsats, blev vurderet af en sagsbehandler, der var tilknyttet sagen før"
                                    + " underretningen; den skal vurderes af en, der ikke tidligere har været"
                                    + " involveret (barnets lov § 137).");
                    assertThat(f.messageDa()).doesNotContain("sb-1");
                });
    }

    @Test
    void check_assessedBySomeoneNeverAssignedOrWithoutSupport_noFinding() {
        assertThat(findings(newNotification(true, "2026-06-01", "sb-9"), "2026-03-10", BL))
                .isEmpty();
        assertThat(findings(newNotification(false, "2026-06-01", "sb-1"), "2026-03-10", BL))
                .isEmpty();
    }

    @Test
    void check_assessorAssignedOnTheDayOrTheDayAfter_onlyTheFormerWasInvolved() {
        assertThat(findings(newNotification(true, "2026-03-02", "sb-2"), "2026-03-10", BL))
                .hasSize(1);
        assertThat(findings(newNotification(true, "2026-03-03", "sb-2"), "2026-03-10", BL))
                .isEmpty();
    }

    @Test
    void check_assessorNotRecorded_leftToTheQuery() {
        ChildCase c = newNotification(true, "2026-06-01", null);

        assertThat(findings(c, "2026-03-10", BL)).isEmpty();
        assertThat(findings(c, "2026-03-10", "BL-137-ASSESSOR-UNRECORDED")).hasSize(1);
    }
}
