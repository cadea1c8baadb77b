package dk.fremdrift.validation.review;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.deadlines.DeadlineEngine;
import dk.fremdrift.deadlines.calendar.DanishCalendar;
import dk.fremdrift.model.Assessment;
import dk.fremdrift.model.AssessmentOutcome;
import dk.fremdrift.model.CaseId;
import dk.fremdrift.model.Child;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.Investigation;
import dk.fremdrift.model.KleNumber;
import dk.fremdrift.model.MunicipalityCode;
import dk.fremdrift.model.Notification;
import dk.fremdrift.model.NotifierKind;
import dk.fremdrift.model.PartId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The usage example of the README's case review section, as written there. */
class ReviewReadmeExampleTest {

    @Test
    void readmeExample_lateInvestigation_danishFindings() {
        ChildCase childCase = ChildCase.builder(
                        CaseId.of("2026-0042"),
                        Child.of(LocalDate.of(2015, 3, 4)),
                        MunicipalityCode.of(101),
                        KleNumber.parse("27.24.00-G01"),
                        LocalDate.of(2026, 1, 10))
                .addNotification(Notification.of(
                                PartId.of("n1"), Instant.parse("2026-01-10T08:30:00Z"), NotifierKind.PROFESSIONAL)
                        .withReceiptSent(Instant.parse("2026-01-12T09:00:00Z"))
                        .withAssessment(
                                Assessment.of(Instant.parse("2026-01-10T13:00:00Z"), AssessmentOutcome.NOT_ENDANGERED)))
                .addInvestigation(
                        Investigation.of(PartId.of("u1"), LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 20))
                                .withCompleted(LocalDate.of(2026, 5, 12)))
                .build();
        List<String> lines = new ArrayList<>();

        // --- README ---
        CaseReview review =
                CaseReview.of(DeadlineEngine.builder(DanishCalendar.statutory()).build());
        ReviewResult result = review.review(childCase, Instant.parse("2026-06-01T08:00:00Z"));
        for (Finding f : result.findings()) {
            lines.add(f.severity().danishName() + " " + f.code() + ": " + f.messageDa());
        }
        // --- end ---

        assertThat(lines)
                .containsExactly("fejl BL-20-INVESTIGATION-4M: Den børnefaglige undersøgelse (investigations[0]) blev"
                        + " afsluttet 2026-05-12, 2 dage efter fristen 2026-05-10 (barnets lov § 20, stk. 3), og der"
                        + " blev ikke lavet en foreløbig vurdering ved fristen.");
        assertThat(result.countsBySeverity()).containsEntry(Severity.ERROR, 1);
    }
}
