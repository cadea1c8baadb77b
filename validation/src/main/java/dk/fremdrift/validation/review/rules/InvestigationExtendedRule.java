package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.BARNETS_LOV_PERIOD;
import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.SERVICELOVEN_PERIOD;

import dk.fremdrift.deadlines.DeadlineEvaluation;
import dk.fremdrift.deadlines.Duty;
import dk.fremdrift.model.InForcePeriod;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.validation.review.Severity;
import java.util.List;

/**
 * A child-welfare investigation not finished within 4 months, but with a preliminary assessment made by the
 * deadline, is lawful only exceptionally and must be finished as soon as possible (barnets lov § 20, stk. 3;
 * serviceloven § 50): a query for each such investigation, answered by a justification that records why.
 */
final class InvestigationExtendedRule extends TimelinessRule {

    private InvestigationExtendedRule(Spec spec) {
        super(spec.build());
    }

    static InvestigationExtendedRule serviceloven() {
        return new InvestigationExtendedRule(
                spec("SEL-50-INVESTIGATION-EXTENDED", Spec.sel("50"), SERVICELOVEN_PERIOD));
    }

    static InvestigationExtendedRule barnetsLov() {
        return new InvestigationExtendedRule(
                spec("BL-20-INVESTIGATION-EXTENDED", Spec.bl("20", 3), BARNETS_LOV_PERIOD));
    }

    private static Spec spec(String code, LegalReference basis, InForcePeriod period) {
        return Spec.rule(code, "INVESTIGATION_EXTENDED", Severity.QUERY)
                .basis(basis, period)
                .title(
                        "Børnefaglig undersøgelse forlænget efter foreløbig vurdering",
                        "Child-welfare investigation extended after a preliminary assessment")
                .messages(
                        List.of(
                                "Den børnefaglige undersøgelse ({path}) blev afsluttet {done}, {late} efter fristen"
                                        + " {due} ({basis}), efter en foreløbig vurdering {preliminary}. Registrér"
                                        + " hvorfor undersøgelsen ikke kunne afsluttes inden fristen.",
                                "Den børnefaglige undersøgelse ({path}) var ikke afsluttet pr. {asOf}, {late} efter"
                                        + " fristen {due} ({basis}); der blev lavet en foreløbig vurdering"
                                        + " {preliminary}, og undersøgelsen skal afsluttes snarest. Registrér hvorfor"
                                        + " den ikke kunne afsluttes inden fristen."),
                        List.of(
                                "The child-welfare investigation ({path}) was completed on {done}, {late} after the"
                                        + " deadline {due} ({basis}), after a preliminary assessment on"
                                        + " {preliminary}. Record why it could not be completed by the deadline.",
                                "The child-welfare investigation ({path}) had not been completed by {asOf}, {late}"
                                        + " after the deadline {due} ({basis}); a preliminary assessment was made on"
                                        + " {preliminary} and the investigation must be completed as soon as"
                                        + " possible. Record why it could not be completed by the deadline."))
                .duties(Duty.INVESTIGATION, Duty.PRELIMINARY_ASSESSMENT)
                .note("The law allows a late investigation only exceptionally, with a preliminary assessment at the"
                        + " deadline; a justification records the exception.");
    }

    @Override
    boolean covers(DeadlineEvaluation e, ReviewContext context) {
        return e.duty().equals(Duty.INVESTIGATION);
    }

    @Override
    boolean reports(DeadlineEvaluation e, ReviewContext context) {
        return InvestigationRule.preliminaryInTime(e, context).isPresent();
    }

    @Override
    Values values(DeadlineEvaluation e, ReviewContext context) {
        String on = InvestigationRule.preliminaryInTime(e, context)
                .flatMap(DeadlineEvaluation::completedOn)
                .map(Messages::date)
                .orElse("?");
        return Values.of().put("preliminary", on);
    }
}
