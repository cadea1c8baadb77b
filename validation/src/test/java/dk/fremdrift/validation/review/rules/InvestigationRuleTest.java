package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.ReviewFixtures.aCase;
import static dk.fremdrift.validation.review.ReviewFixtures.date;
import static dk.fremdrift.validation.review.ReviewFixtures.findings;
import static dk.fremdrift.validation.review.ReviewFixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.Investigation;
import dk.fremdrift.validation.review.Finding;
import dk.fremdrift.validation.review.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvestigationRuleTest {

    private static final String BL = "BL-20-INVESTIGATION-4M";

    // Aware 2026-01-10: 4 months, due 2026-05-10.
    static ChildCase investigation(String completed, String preliminary) {
        Investigation inv = Investigation.of(id("u1"), date("2026-01-10"), date("2026-01-20"));
        if (completed != null) {
            inv = inv.withCompleted(date(completed));
        }
        if (preliminary != null) {
            inv = inv.withPreliminaryAssessment(date(preliminary));
        }
        return aCase(date("2026-01-10")).addInvestigation(inv).build();
    }

    @Test
    void check_finishedTwoDaysLateWithoutPreliminaryAssessment_error() {
        List<Finding> found = findings(investigation("2026-05-12", null), "2026-06-01", BL);

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.path()).contains("investigations[0]");
            assertThat(f.messageDa())
                    .isEqualTo("Den børnefaglige undersøgelse (investigations[0]) blev afsluttet 2026-05-12, 2 dage"
                            + " efter fristen 2026-05-10 (barnets lov § 20, stk. 3), og der blev ikke lavet en"
                            + " foreløbig vurdering ved fristen.");
            assertThat(f.messageEn())
                    .isEqualTo("The child-welfare investigation (investigations[0]) was completed on 2026-05-12, 2 days"
                            + " after the deadline 2026-05-10 (Children's Act (barnets lov) section 20(3)), and no"
                            + " preliminary assessment was made by the deadline.");
        });
    }

    @Test
    void check_finishedOnTheDueDate_noFinding() {
        assertThat(findings(investigation("2026-05-10", null), "2026-06-01", BL))
                .isEmpty();
    }

    @Test
    void check_lateWithAPreliminaryAssessmentAtTheDeadline_noError() {
        assertThat(findings(investigation("2026-06-01", "2026-05-10"), "2026-06-10", BL))
                .isEmpty();
    }

    @Test
    void check_preliminaryAssessmentADayAfterTheDeadline_error() {
        assertThat(findings(investigation("2026-06-01", "2026-05-11"), "2026-06-10", BL))
                .hasSize(1);
    }

    @Test
    void check_notFinished_overdueOneFindingNotTwo() {
        List<Finding> found = findings(investigation(null, null), "2026-05-26", BL);

        assertThat(found)
                .singleElement()
                .satisfies(f -> assertThat(f.messageDa())
                        .isEqualTo(
                                "Den børnefaglige undersøgelse (investigations[0]) var ikke afsluttet pr. 2026-05-26, 16"
                                        + " dage efter fristen 2026-05-10 (barnets lov § 20, stk. 3), og der blev ikke lavet en"
                                        + " foreløbig vurdering ved fristen."));
    }
}
