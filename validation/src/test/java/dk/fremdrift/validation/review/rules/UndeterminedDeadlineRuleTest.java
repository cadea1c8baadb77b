package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.ReviewFixtures.aCase;
import static dk.fremdrift.validation.review.ReviewFixtures.date;
import static dk.fremdrift.validation.review.ReviewFixtures.decision;
import static dk.fremdrift.validation.review.ReviewFixtures.findings;
import static dk.fremdrift.validation.review.ReviewFixtures.placement;
import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.deadlines.DeadlineStatus;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.DecisionKind;
import dk.fremdrift.model.PlacementDecisionKind;
import dk.fremdrift.validation.review.Severity;
import org.junit.jupiter.api.Test;

class UndeterminedDeadlineRuleTest {

    private static final String BL = "BL-DEADLINE-UNDETERMINED";

    @Test
    void check_placementWithoutItsKind_queriesForEachDeadlineThatDependsOnIt() {
        ChildCase c = aCase(date("2026-01-05"))
                .addDecision(decision("d1", DecisionKind.PLACEMENT_WITHOUT_CONSENT, "2026-02-10"))
                .build();

        assertThat(findings(c, "2026-03-01", BL))
                .isNotEmpty()
                .allSatisfy(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.QUERY);
                    assertThat(f.path()).contains("decisions[0]");
                    assertThat(f.deadline().orElseThrow().status()).isEqualTo(DeadlineStatus.UNDETERMINED);
                    assertThat(f.messageEn()).contains("does not record whether it places the child");
                })
                .anySatisfy(f -> assertThat(f.deadline().orElseThrow().ruleId()).isEqualTo("BL-50-RETREATMENT-1Y"));
    }

    @Test
    void check_kindRecorded_noQuery() {
        ChildCase c = aCase(date("2026-01-05"))
                .addDecision(placement("d1", PlacementDecisionKind.PLACEMENT, "2026-02-10"))
                .build();

        assertThat(findings(c, "2026-03-01", BL)).isEmpty();
    }

    @Test
    void check_in2023_servicelovensQuery() {
        ChildCase c = aCase(date("2023-01-05"))
                .addDecision(decision("d1", DecisionKind.PLACEMENT_WITHOUT_CONSENT, "2023-02-10"))
                .build();

        assertThat(findings(c, "2023-03-01", BL)).isEmpty();
        assertThat(findings(c, "2023-03-01", "SEL-DEADLINE-UNDETERMINED")).isNotEmpty();
    }
}
