package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.BARNETS_LOV_PERIOD;
import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.SERVICELOVEN_PERIOD;

import dk.fremdrift.deadlines.DeadlineEvaluation;
import dk.fremdrift.deadlines.Duties;
import dk.fremdrift.model.InForcePeriod;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.validation.review.Severity;

/**
 * Later follow-ups come at the required frequency (serviceloven § 70, stk. 1: at least every 6 months; barnets lov
 * § 95: a frequency the municipality sets, 6 months by default in the deadline rule book): an error for each later
 * follow-up the engine finds late or overdue.
 */
final class FollowUpFrequencyRule extends TimelinessRule {

    private FollowUpFrequencyRule(Spec spec) {
        super(spec.build());
    }

    static FollowUpFrequencyRule serviceloven() {
        return new FollowUpFrequencyRule(spec("SEL-70-FOLLOW-UP-FREQUENCY", Spec.sel("70", 1), SERVICELOVEN_PERIOD));
    }

    static FollowUpFrequencyRule barnetsLov() {
        return new FollowUpFrequencyRule(spec("BL-95-FOLLOW-UP-FREQUENCY", Spec.bl("95"), BARNETS_LOV_PERIOD)
                .note("Barnets lov § 95 leaves the frequency to the municipality; the deadline rule book's default"
                        + " is every 6 months, and a municipality sets its own in its rule file."));
    }

    private static Spec spec(String code, LegalReference basis, InForcePeriod period) {
        return Spec.rule(code, "FOLLOW_UP_FREQUENCY", Severity.ERROR)
                .basis(basis, period)
                .title("Senere opfølgninger med den fastsatte hyppighed", "Later follow-ups at the set frequency")
                .timely(
                        "Opfølgning nr. {occurrence} på indsatsen",
                        "foretaget",
                        "Follow-up no. {occurrence} on the intervention",
                        "carried out")
                .duties(Duties.FOLLOW_UP);
    }

    @Override
    boolean reports(DeadlineEvaluation e, ReviewContext context) {
        return e.occurrence() > 1;
    }
}
