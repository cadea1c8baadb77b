package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.SINCE_2014;

import dk.fremdrift.deadlines.Duty;
import dk.fremdrift.model.Law;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.validation.review.Severity;

/**
 * A request for access to documents (aktindsigt) is answered within 7 working days (offentlighedsloven § 36;
 * forvaltningsloven § 16, stk. 2): an error for each request the engine finds answered late or not yet. The same
 * rule in both packs.
 */
final class AccessToDocumentsRule extends TimelinessRule {

    private static final AccessToDocumentsRule INSTANCE = new AccessToDocumentsRule(
            Spec.rule("OFL-36-ACCESS-TO-DOCUMENTS", Duty.ACCESS_TO_DOCUMENTS.name(), Severity.ERROR)
                    .basis(LegalReference.of(Law.OFFENTLIGHEDSLOVEN, "36"), SINCE_2014)
                    .title("Svar på anmodning om aktindsigt til tiden", "Answer to a request for access on time")
                    .timely(
                            "Svaret på anmodningen om aktindsigt",
                            "givet",
                            "The answer to the request for access to documents",
                            "given")
                    .duties(Duty.ACCESS_TO_DOCUMENTS)
                    .note("Forvaltningsloven § 16, stk. 2 sets the same deadline for parties."));

    private AccessToDocumentsRule(Spec spec) {
        super(spec.build());
    }

    static AccessToDocumentsRule bothPeriods() {
        return INSTANCE;
    }
}
