package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.ReviewFixtures.aCase;
import static dk.fremdrift.validation.review.ReviewFixtures.date;
import static dk.fremdrift.validation.review.ReviewFixtures.findings;
import static dk.fremdrift.validation.review.ReviewFixtures.fosterCare;
import static dk.fremdrift.validation.review.ReviewFixtures.id;
import static dk.fremdrift.validation.review.ReviewFixtures.support;
import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.Intervention;
import dk.fremdrift.model.SupervisionVisit;
import org.junit.jupiter.api.Test;

class SupervisionVisitsRuleTest {

    private static final String BL = "BL-156-SUPERVISION-VISITS";

    // Placed 2026-01-15: the first visit is due by 2026-07-15.
    private static ChildCase visited(Intervention placement, String visit) {
        return aCase(date("2026-01-15"))
                .addIntervention(placement)
                .addSupervisionVisit(SupervisionVisit.ofHeldConversation(id("v1"), date(visit)))
                .build();
    }

    @Test
    void check_firstVisitFiveDaysLate_error() {
        assertThat(findings(visited(fosterCare("i1", "2026-01-15"), "2026-07-20"), "2026-08-01", BL))
                .singleElement()
                .satisfies(f -> assertThat(f.messageDa())
                        .isEqualTo("Tilsynsbesøg nr. 1 hos det anbragte barn (interventions[0]) blev aflagt"
                                + " 2026-07-20, 5 dage efter fristen 2026-07-15 (barnets lov § 156, stk. 5)."));
    }

    @Test
    void check_supportThatIsNoPlacement_noFinding() {
        assertThat(findings(visited(support("i1", "2026-01-15"), "2026-07-20"), "2026-08-01", BL))
                .isEmpty();
    }

    @Test
    void check_visitOnTheDueDate_noFinding() {
        assertThat(findings(visited(fosterCare("i1", "2026-01-15"), "2026-07-15"), "2026-08-01", BL))
                .isEmpty();
    }
}
