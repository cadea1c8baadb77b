package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.ReviewFixtures.aCase;
import static dk.fremdrift.validation.review.ReviewFixtures.date;
import static dk.fremdrift.validation.review.ReviewFixtures.findings;
import static dk.fremdrift.validation.review.ReviewFixtures.id;
import static dk.fremdrift.validation.review.ReviewFixtures.worker;
import static org.assertj.core.api.Assertions.assertThat;

import dk.fremdrift.model.CaseworkerAssignment;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.TeamId;
import dk.fremdrift.validation.review.Severity;
import org.junit.jupiter.api.Test;

class CaseworkerChangesRuleTest {

    private static final String BL = "BL-CASEWORKER-CHANGES";

    /** The first assignment, then one change on each of the given dates. */
    private static ChildCase assigned(String first, String... changes) {
        ChildCase.Builder b = aCase(date(first));
        String from = first;
        for (int i = 0; i <= changes.length; i++) {
            CaseworkerAssignment a =
                    CaseworkerAssignment.of(id("a" + i), worker("sb-" + i), TeamId.of("t1"), date(from));
            if (i < changes.length) {
                a = a.withUntil(date(changes[i]));
                from = changes[i];
            }
            b.addAssignment(a);
        }
        return b.build();
    }

    @Test
    void check_threeChangesInNineMonths_warningOnTheThird() {
        assertThat(findings(assigned("2025-01-01", "2025-03-01", "2025-06-01", "2025-12-01"), "2026-01-10", BL))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.path()).contains("assignments[3]");
                    assertThat(f.messageDa())
                            .isEqualTo("Sagen har skiftet sagsbehandler 3 gange fra 2025-03-01 til og med 2025-12-01,"
                                    + " senest med tildelingen (assignments[3]); hyppige skift svækker kontinuiteten"
                                    + " for barnet (barnets lov § 2, stk. 2).");
                });
    }

    @Test
    void check_twoChanges_noFinding() {
        assertThat(findings(assigned("2025-01-01", "2025-03-01", "2025-06-01"), "2026-01-10", BL))
                .isEmpty();
    }

    @Test
    void check_thirdChangeTwelveMonthsAfterTheFirst_outsideTheWindow() {
        assertThat(findings(assigned("2025-01-01", "2025-03-01", "2025-06-01", "2026-03-01"), "2026-04-01", BL))
                .isEmpty();
        assertThat(findings(assigned("2025-01-01", "2025-03-01", "2025-06-01", "2026-02-28"), "2026-04-01", BL))
                .hasSize(1);
    }

    @Test
    void check_changeAfterAsOf_notSeen() {
        assertThat(findings(assigned("2025-01-01", "2025-03-01", "2025-06-01", "2025-12-01"), "2025-11-30", BL))
                .isEmpty();
    }
}
