package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.BARNETS_LOV_PERIOD;
import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.SERVICELOVEN_PERIOD;

import dk.fremdrift.deadlines.DeadlineEvaluation;
import dk.fremdrift.deadlines.Duty;
import dk.fremdrift.validation.review.Severity;

/**
 * Later follow-ups on time. Under serviceloven § 70, stk. 1, "at least every 6 months" is the statute's: an error
 * for each later follow-up the engine finds late or overdue.
 *
 * <p>Under barnets lov the statute sets only the first follow-up; § 95, stk. 3, has the municipality decide the
 * later arrangement in each case. A later follow-up missed is then a miss of the municipality's own decision (the
 * date a follow-up recorded for the next one) or of its own default frequency, not of a period of the law: a
 * warning that cites § 95, stk. 3 (the duty to decide the arrangement), never an error that claims § 95 sets the
 * date.
 */
final class FollowUpFrequencyRule extends TimelinessRule {

    private final boolean ownBasis;

    private FollowUpFrequencyRule(Spec spec, boolean ownBasis) {
        super(spec.build());
        this.ownBasis = ownBasis;
    }

    static FollowUpFrequencyRule serviceloven() {
        return new FollowUpFrequencyRule(
                Spec.rule("SEL-70-FOLLOW-UP-FREQUENCY", "FOLLOW_UP_FREQUENCY", Severity.ERROR)
                        .basis(Spec.sel("70", 1), SERVICELOVEN_PERIOD)
                        .title(
                                "Senere opfølgninger med den fastsatte hyppighed",
                                "Later follow-ups at the set frequency")
                        .timely(
                                "Opfølgning nr. {occurrence} på indsatsen",
                                "foretaget",
                                "Follow-up no. {occurrence} on the intervention",
                                "carried out")
                        .duties(Duty.FOLLOW_UP),
                false);
    }

    static FollowUpFrequencyRule barnetsLov() {
        return new FollowUpFrequencyRule(
                Spec.rule("BL-95-FOLLOW-UP-FREQUENCY", "FOLLOW_UP_FREQUENCY", Severity.WARNING)
                        .basis(Spec.bl("95", 3), BARNETS_LOV_PERIOD)
                        .title(
                                "Senere opfølgninger til den tid, kommunen har fastsat",
                                "Later follow-ups when the municipality set them")
                        .timely(
                                "Opfølgning nr. {occurrence} på indsatsen",
                                "foretaget",
                                "Follow-up no. {occurrence} on the intervention",
                                "carried out",
                                "; fristen er kommunens egen, fastsat i sagen eller i kommunens regler, ikke lovens",
                                "; the deadline is the municipality's own, set in the case or in its rules, not the"
                                        + " law's")
                        .duties(Duty.FOLLOW_UP)
                        .note("Barnets lov § 95 sets only the first follow-up; stk. 3 has the municipality decide"
                                + " the later arrangement. The deadline is the date the previous follow-up recorded,"
                                + " or the municipality's default frequency: a warning, never an error citing § 95."),
                true);
    }

    @Override
    boolean reports(DeadlineEvaluation e, ReviewContext context) {
        return e.occurrence() > 1;
    }

    @Override
    boolean citesOwnBasis() {
        return ownBasis;
    }
}
