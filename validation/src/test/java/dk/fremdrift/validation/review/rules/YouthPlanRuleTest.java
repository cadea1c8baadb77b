package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.ReviewFixtures.aCase;
import static dk.fremdrift.validation.review.ReviewFixtures.date;
import static dk.fremdrift.validation.review.ReviewFixtures.findings;
import static dk.fremdrift.validation.review.ReviewFixtures.id;
import static dk.fremdrift.validation.review.ReviewFixtures.support;
import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.Plan;
import dk.fremdrift.model.PlanKind;
import dk.fremdrift.validation.review.ReviewFixtures;
import org.junit.jupiter.api.Test;

class YouthPlanRuleTest {

    private static final String BL = "BL-108-YOUTH-PLAN";

    // Born 2009-06-15, 16 on 2025-06-15; support from 2025-09-01, the later date: the youth plan is due 2025-12-01.
    private static ChildCase youth(String birthDate, String planMade) {
        ChildCase.Builder b = aCase(date("2025-08-01"), date(birthDate)).addIntervention(support("i1", "2025-09-01"));
        if (planMade != null) {
            b.addPlan(Plan.of(id("p1"), PlanKind.YOUTH_PLAN, date(planMade)));
        }
        return b.build();
    }

    @Test
    void check_youthPlanTwoDaysLate_errorAboutTheCase() {
        assertThat(findings(youth("2009-06-15", "2025-12-03"), "2026-01-10", BL))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.partId()).isEmpty();
                    assertThat(f.path()).isEmpty();
                    assertThat(f.messageDa())
                            .isEqualTo("Ungeplanen (sagen) blev udarbejdet 2025-12-03, 2 dage efter fristen 2025-12-01"
                                    + " (barnets lov § 108).");
                    assertThat(f.messageEn()).startsWith("The youth plan (the case) was made on 2025-12-03");
                });
    }

    @Test
    void check_childUnder16_noFinding() {
        assertThat(findings(youth("2012-06-15", null), "2026-01-10", BL)).isEmpty();
    }

    @Test
    void check_youthPlanOnTheDueDate_noFinding() {
        assertThat(findings(youth("2009-06-15", "2025-12-01"), "2026-01-10", BL))
                .isEmpty();
    }

    @Test
    void check_supportFrom16UnderServiceloven_noRuleNoFinding() {
        ChildCase c = aCase(date("2023-01-01"), date("2007-03-01"))
                .addIntervention(support("i1", "2023-04-01"))
                .build();

        assertThat(ReviewFixtures.REVIEW
                        .review(c, ReviewFixtures.noon("2023-12-01"))
                        .findings())
                .noneMatch(f -> f.code().contains("YOUTH-PLAN"));
    }
}
