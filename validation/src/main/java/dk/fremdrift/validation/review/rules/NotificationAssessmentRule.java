package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.BARNETS_LOV_PERIOD;
import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.SERVICELOVEN_PERIOD;

import dk.fremdrift.deadlines.Duty;
import dk.fremdrift.model.InForcePeriod;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.validation.review.Severity;

/**
 * Every notification is assessed within 24 hours of its receipt (barnets lov § 136; serviceloven § 155, stk. 2):
 * an error for each notification the deadline engine finds assessed late or not yet assessed.
 */
final class NotificationAssessmentRule extends TimelinessRule {

    private NotificationAssessmentRule(Spec spec) {
        super(spec.build());
    }

    static NotificationAssessmentRule serviceloven() {
        return new NotificationAssessmentRule(spec("SEL-155-ASSESSMENT-24H", Spec.sel("155", 2), SERVICELOVEN_PERIOD));
    }

    static NotificationAssessmentRule barnetsLov() {
        return new NotificationAssessmentRule(spec("BL-136-ASSESSMENT-24H", Spec.bl("136"), BARNETS_LOV_PERIOD));
    }

    private static Spec spec(String code, LegalReference basis, InForcePeriod period) {
        return Spec.rule(code, Duty.NOTIFICATION_ASSESSMENT.name(), Severity.ERROR)
                .basis(basis, period)
                .title("Underretning vurderet inden for 24 timer", "Notification assessed within 24 hours")
                .timely("Underretningen", "vurderet", "The notification", "assessed")
                .duties(Duty.NOTIFICATION_ASSESSMENT);
    }
}
