package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.SINCE_2011;

import dk.fremdrift.deadlines.Duty;
import dk.fremdrift.model.Law;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.validation.review.Severity;

/**
 * The municipality reassesses a decision it receives a complaint about within 4 weeks (retssikkerhedsloven § 66):
 * an error for each complaint the engine finds reassessed late or not yet. The same rule in both packs.
 */
final class ComplaintReassessmentRule extends TimelinessRule {

    private static final ComplaintReassessmentRule INSTANCE = new ComplaintReassessmentRule(
            Spec.rule("RSL-66-COMPLAINT-REASSESSMENT", Duty.COMPLAINT_REASSESSMENT.name(), Severity.ERROR)
                    .basis(LegalReference.of(Law.RETSSIKKERHEDSLOVEN, "66"), SINCE_2011)
                    .title("Genvurdering af klage inden 4 uger", "Reassessment of a complaint within 4 weeks")
                    .timely("Genvurderingen af klagen", "foretaget", "The reassessment of the complaint", "carried out")
                    .duties(Duty.COMPLAINT_REASSESSMENT));

    private ComplaintReassessmentRule(Spec spec) {
        super(spec.build());
    }

    static ComplaintReassessmentRule bothPeriods() {
        return INSTANCE;
    }
}
