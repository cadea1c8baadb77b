package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.BARNETS_LOV_PERIOD;
import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.SERVICELOVEN_PERIOD;

import dk.fremdrift.deadlines.Duty;
import dk.fremdrift.model.InForcePeriod;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.validation.review.Severity;

/**
 * An investigation decided without consent is finished within its deadline (serviceloven § 51: 2 months; barnets
 * lov § 23: UNCONFIRMED, the rule book's default): an error for each such decision the engine finds late or
 * overdue. The investigation is the one the decision names ({@code Decision.investigationId}); a decision that names
 * none is a query of the undetermined-deadline rule.
 */
final class InvestigationWithoutConsentRule extends TimelinessRule {

    private InvestigationWithoutConsentRule(Spec spec) {
        super(spec.build());
    }

    static InvestigationWithoutConsentRule serviceloven() {
        return new InvestigationWithoutConsentRule(
                spec("SEL-51-INVESTIGATION-WITHOUT-CONSENT", Spec.sel("51"), SERVICELOVEN_PERIOD));
    }

    static InvestigationWithoutConsentRule barnetsLov() {
        return new InvestigationWithoutConsentRule(
                spec("BL-23-INVESTIGATION-WITHOUT-CONSENT", Spec.bl("23"), BARNETS_LOV_PERIOD)
                        .note("UNCONFIRMED length, as in the deadline rule book (2 months by default)."));
    }

    private static Spec spec(String code, LegalReference basis, InForcePeriod period) {
        return Spec.rule(code, Duty.INVESTIGATION_WITHOUT_CONSENT.name(), Severity.ERROR)
                .basis(basis, period)
                .title("Undersøgelse uden samtykke afsluttet til tiden", "Investigation without consent on time")
                .timely(
                        "Undersøgelsen efter afgørelsen om undersøgelse uden samtykke",
                        "afsluttet",
                        "The investigation under the decision on an investigation without consent",
                        "completed")
                .duties(Duty.INVESTIGATION_WITHOUT_CONSENT);
    }
}
