package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.BARNETS_LOV_PERIOD;
import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.SERVICELOVEN_PERIOD;

import dk.fremdrift.deadlines.Duty;
import dk.fremdrift.model.InForcePeriod;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.validation.review.Severity;

/**
 * The parties get written notice of an emergency decision by the committee chair within 24 hours (barnets lov
 * § 143; serviceloven § 75): an error for each emergency decision the engine finds notified late or not yet.
 */
final class EmergencyNoticeRule extends TimelinessRule {

    private EmergencyNoticeRule(Spec spec) {
        super(spec.build());
    }

    static EmergencyNoticeRule serviceloven() {
        return new EmergencyNoticeRule(spec("SEL-75-EMERGENCY-NOTICE", Spec.sel("75"), SERVICELOVEN_PERIOD));
    }

    static EmergencyNoticeRule barnetsLov() {
        return new EmergencyNoticeRule(spec("BL-143-EMERGENCY-NOTICE", Spec.bl("143"), BARNETS_LOV_PERIOD));
    }

    private static Spec spec(String code, LegalReference basis, InForcePeriod period) {
        return Spec.rule(code, Duty.EMERGENCY_NOTICE.name(), Severity.ERROR)
                .basis(basis, period)
                .title(
                        "Skriftlig meddelelse om formandsafgørelse inden 24 timer",
                        "Written notice of an emergency decision within 24 hours")
                .timely(
                        "Den skriftlige meddelelse om formandsafgørelsen",
                        "givet",
                        "The written notice of the emergency decision",
                        "given")
                .duties(Duty.EMERGENCY_NOTICE);
    }
}
