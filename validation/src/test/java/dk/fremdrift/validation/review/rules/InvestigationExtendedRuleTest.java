package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.ReviewFixtures.findings;
import static dk.fremdrift.validation.review.rules.InvestigationRuleTest.investigation;
import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.validation.review.Severity;
import org.junit.jupiter.api.Test;

class InvestigationExtendedRuleTest {

    private static final String BL = "BL-20-INVESTIGATION-EXTENDED";

    @Test
    void check_finishedLateAfterAPreliminaryAssessmentInTime_query() {
        assertThat(findings(investigation("2026-06-01", "2026-05-08"), "2026-06-10", BL))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.QUERY);
                    assertThat(f.partId())
                            .hasValueSatisfying(p -> assertThat(p.value()).isEqualTo("u1"));
                    assertThat(f.messageDa())
                            .isEqualTo("Den børnefaglige undersøgelse (investigations[0]) blev afsluttet 2026-06-01,"
                                    + " 22 dage efter fristen 2026-05-10 (barnets lov § 20, stk. 3), efter en"
                                    + " foreløbig vurdering 2026-05-08. Registrér hvorfor undersøgelsen ikke kunne"
                                    + " afsluttes inden fristen.");
                });
    }

    @Test
    void check_noPreliminaryAssessment_noQuery() {
        assertThat(findings(investigation("2026-06-01", null), "2026-06-10", BL))
                .isEmpty();
    }

    @Test
    void check_preliminaryAssessmentOnOrAfterTheDueDate_queryOnlyOnTheDueDate() {
        assertThat(findings(investigation("2026-06-01", "2026-05-10"), "2026-06-10", BL))
                .hasSize(1);
        assertThat(findings(investigation("2026-06-01", "2026-05-11"), "2026-06-10", BL))
                .isEmpty();
    }

    @Test
    void check_stillRunningAfterAPreliminaryAssessment_queryAsksToFinishSoon() {
        assertThat(findings(investigation(null, "2026-05-09"), "2026-05-20", BL))
                .singleElement()
                .satisfies(f -> assertThat(f.messageEn())
                        .isEqualTo("The child-welfare investigation (investigations[0]) had not been completed by"
                                + " 2026-05-20, 10 days after the deadline 2026-05-10 (Children's Act (barnets lov)"
                                + " section 20(3)); a preliminary assessment was made on 2026-05-09 and the"
                                + " investigation must be completed as soon as possible. Record why it could not be"
                                + " completed by the deadline."));
    }
}
