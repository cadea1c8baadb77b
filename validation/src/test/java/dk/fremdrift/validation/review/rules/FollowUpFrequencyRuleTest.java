package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.ReviewFixtures.aCase;
import static dk.fremdrift.validation.review.ReviewFixtures.date;
import static dk.fremdrift.validation.review.ReviewFixtures.findings;
import static dk.fremdrift.validation.review.ReviewFixtures.id;
import static dk.fremdrift.validation.review.ReviewFixtures.support;
import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.FollowUp;
import dk.fremdrift.validation.review.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpFrequencyRuleTest {

    private static final String BL = "BL-95-FOLLOW-UP-FREQUENCY";

    /** Follow-ups on one intervention; each records the next follow-up 6 months later, as decided at it. */
    private static ChildCase followUps(String start, String... dates) {
        ChildCase.Builder b = aCase(date(start)).addIntervention(support("i1", start));
        for (int i = 0; i < dates.length; i++) {
            b.addFollowUp(FollowUp.of(id("f" + i), date(dates[i]), id("i1"))
                    .withNextFollowUpBy(date(dates[i]).plusMonths(6)));
        }
        return b.build();
    }

    @Test
    void check_secondFollowUpThreeDaysAfterTheDecidedDate_warningCitingTheMunicipalitysDecision() {
        // First on 2026-03-01 (on time); it decided the next for 2026-09-01.
        assertThat(findings(followUps("2026-01-05", "2026-03-01", "2026-09-04"), "2026-10-01", BL))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.deadline())
                            .hasValueSatisfying(d -> assertThat(d.occurrence()).isEqualTo(2));
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.legalBasis().toDanish()).isEqualTo("barnets lov § 95, stk. 3");
                    assertThat(f.messageDa())
                            .isEqualTo("Opfølgning nr. 2 på indsatsen (interventions[0]) blev foretaget 2026-09-04, 3"
                                    + " dage efter fristen 2026-09-01 (barnets lov § 95, stk. 3); fristen er kommunens"
                                    + " egen, fastsat i sagen eller i kommunens regler, ikke lovens.");
                });
    }

    @Test
    void check_noDecidedDate_noFindingOfThisRuleButAQueryForTheMissingFact() {
        ChildCase c = aCase(date("2026-01-05"))
                .addIntervention(support("i1", "2026-01-05"))
                .addFollowUp(FollowUp.of(id("f0"), date("2026-03-01"), id("i1")))
                .build();

        assertThat(findings(c, "2026-12-01", BL)).isEmpty();
        assertThat(findings(c, "2026-12-01", "BL-DEADLINE-UNDETERMINED"))
                .singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.QUERY));
    }

    @Test
    void check_lateFirstFollowUp_notThisRulesFinding() {
        assertThat(findings(followUps("2026-01-05", "2026-04-10"), "2026-05-01", BL))
                .isEmpty();
    }

    @Test
    void check_secondFollowUpOnTheDueDate_noFinding() {
        assertThat(findings(followUps("2026-01-05", "2026-03-01", "2026-09-01"), "2026-10-01", BL))
                .isEmpty();
    }

    @Test
    void check_occurrenceTriggeredIn2023_judgedByServicelovenThoughLateIn2024() {
        ChildCase c = followUps("2023-08-01", "2023-11-01", "2024-05-06");

        List<String> codes = ReviewFixturesCodes.codes(c, "2024-06-01");

        assertThat(codes).contains("SEL-70-FOLLOW-UP-FREQUENCY").doesNotContain(BL);
    }
}
