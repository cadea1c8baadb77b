package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.BARNETS_LOV_PERIOD;
import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.SERVICELOVEN_PERIOD;

import dk.fremdrift.model.CaseworkerAssignment;
import dk.fremdrift.model.InForcePeriod;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.validation.review.Finding;
import dk.fremdrift.validation.review.Severity;
import java.time.LocalDate;
import java.util.List;

/**
 * Continuity for the child (barnets lov § 2, stk. 2; serviceloven § 46, stk. 1): a warning for each change of
 * caseworker that makes {@value #THRESHOLD} or more changes within 12 months, counted over the 12 months up to and
 * including the change.
 *
 * <p>Every assignment after the case's first is a change. The threshold is good practice from the management
 * information (continuity of caseworkers), not statute; the provisions cited are the purpose clauses that ask for
 * continuity in the child's upbringing.
 */
final class CaseworkerChangesRule extends ReviewRule {

    /** The number of changes within 12 months that makes a finding. */
    static final int THRESHOLD = 3;

    private static final int WINDOW_MONTHS = 12;

    private CaseworkerChangesRule(Spec spec) {
        super(spec.build());
    }

    static CaseworkerChangesRule serviceloven() {
        return new CaseworkerChangesRule(spec("SEL-CASEWORKER-CHANGES", Spec.sel("46", 1), SERVICELOVEN_PERIOD));
    }

    static CaseworkerChangesRule barnetsLov() {
        return new CaseworkerChangesRule(spec("BL-CASEWORKER-CHANGES", Spec.bl("2", 2), BARNETS_LOV_PERIOD));
    }

    private static Spec spec(String code, LegalReference basis, InForcePeriod period) {
        return Spec.rule(code, "CASEWORKER_CHANGES", Severity.WARNING)
                .basis(basis, period)
                .title(
                        "Tre eller flere skift af sagsbehandler inden for 12 måneder",
                        "Three or more changes of caseworker within 12 months")
                .message(
                        "Sagen har skiftet sagsbehandler {count} gange fra {from} til og med {date}, senest med"
                                + " tildelingen ({path}); hyppige skift svækker kontinuiteten for barnet ({basis}).",
                        "The case changed caseworker {count} times from {from} to {date}, most recently with the"
                                + " assignment ({path}); frequent changes weaken continuity for the child"
                                + " ({basis}).")
                .note("Good practice from the management information, not statute: every assignment after the first"
                        + " is a change, and 3 changes within 12 months make a finding.");
    }

    @Override
    public void check(ReviewContext context, List<Finding> out) {
        List<CaseworkerAssignment> seen = context.facts().assignmentsByStart();
        for (int k = 1; k < seen.size(); k++) {
            LocalDate date = seen.get(k).from();
            if (!context.judges(date)) {
                continue;
            }
            LocalDate windowStart = date.minusMonths(WINDOW_MONTHS);
            int count = 0;
            LocalDate first = date;
            for (int j = 1; j <= k; j++) {
                LocalDate change = seen.get(j).from();
                if (change.isAfter(windowStart)) {
                    count++;
                    first = change.isBefore(first) ? change : first;
                }
            }
            if (count >= THRESHOLD) {
                out.add(context.finding(
                        this,
                        seen.get(k).id(),
                        0,
                        Values.of()
                                .put("count", Integer.toString(count))
                                .date("from", first)
                                .date("date", date)));
            }
        }
    }
}
