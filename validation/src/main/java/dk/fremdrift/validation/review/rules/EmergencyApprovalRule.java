package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.BARNETS_LOV_PERIOD;
import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.SERVICELOVEN_PERIOD;

import dk.fremdrift.deadlines.Duty;
import dk.fremdrift.model.InForcePeriod;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.validation.review.Severity;

/**
 * The children and youth committee approves an emergency decision by its chair within 7 calendar days, counting
 * the day of implementation, Sundays and holidays, with no extension (barnets lov § 143; serviceloven § 75): an
 * error for each emergency decision the engine finds approved late or not yet.
 */
final class EmergencyApprovalRule extends TimelinessRule {

    private EmergencyApprovalRule(Spec spec) {
        super(spec.build());
    }

    static EmergencyApprovalRule serviceloven() {
        return new EmergencyApprovalRule(spec("SEL-75-EMERGENCY-APPROVAL-7D", Spec.sel("75"), SERVICELOVEN_PERIOD));
    }

    static EmergencyApprovalRule barnetsLov() {
        return new EmergencyApprovalRule(spec("BL-143-EMERGENCY-APPROVAL-7D", Spec.bl("143"), BARNETS_LOV_PERIOD));
    }

    private static Spec spec(String code, LegalReference basis, InForcePeriod period) {
        return Spec.rule(code, Duty.EMERGENCY_APPROVAL.name(), Severity.ERROR)
                .basis(basis, period)
                .title(
                        "Børne- og ungeudvalgets godkendelse af formandsafgørelse inden 7 dage",
                        "Committee approval of an emergency decision within 7 days")
                .timely(
                        "Børne- og ungeudvalgets godkendelse af formandsafgørelsen",
                        "givet",
                        "The committee's approval of the emergency decision",
                        "given")
                .duties(Duty.EMERGENCY_APPROVAL);
    }
}
