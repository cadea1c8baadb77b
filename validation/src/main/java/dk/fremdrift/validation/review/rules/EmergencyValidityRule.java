package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.BARNETS_LOV_PERIOD;
import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.SERVICELOVEN_PERIOD;

import dk.fremdrift.deadlines.Duty;
import dk.fremdrift.model.InForcePeriod;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.validation.review.Severity;

/**
 * An emergency decision by the committee chair is valid for at most one month, so an ordinary decision replaces it
 * within that month (barnets lov § 143; serviceloven § 75): an error for each emergency decision the engine finds
 * replaced late or not yet.
 */
final class EmergencyValidityRule extends TimelinessRule {

    private EmergencyValidityRule(Spec spec) {
        super(spec.build());
    }

    static EmergencyValidityRule serviceloven() {
        return new EmergencyValidityRule(spec("SEL-75-EMERGENCY-VALIDITY", Spec.sel("75"), SERVICELOVEN_PERIOD));
    }

    static EmergencyValidityRule barnetsLov() {
        return new EmergencyValidityRule(spec("BL-143-EMERGENCY-VALIDITY", Spec.bl("143"), BARNETS_LOV_PERIOD));
    }

    private static Spec spec(String code, LegalReference basis, InForcePeriod period) {
        return Spec.rule(code, Duty.EMERGENCY_VALIDITY.name(), Severity.ERROR)
                .basis(basis, period)
                .title(
                        "Formandsafgørelse afløst af en ordinær afgørelse inden 1 måned",
                        "Emergency decision replaced by an ordinary decision within 1 month")
                .timely(
                        "Formandsafgørelsen",
                        "afløst af en ordinær afgørelse",
                        "The emergency decision",
                        "replaced by an ordinary decision")
                .duties(Duty.EMERGENCY_VALIDITY);
    }
}
