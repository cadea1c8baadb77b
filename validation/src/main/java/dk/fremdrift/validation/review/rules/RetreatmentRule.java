package dk.fremdrift.validation.review.rules;

import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.BARNETS_LOV_PERIOD;
import static dk.fremdrift.validation.review.rules.StatutoryReviewRules.SERVICELOVEN_PERIOD;

import dk.fremdrift.deadlines.Duty;
import dk.fremdrift.model.InForcePeriod;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.validation.review.Severity;

/**
 * A placement without consent is treated again before it runs out: within 1 year of a decision to place a child not
 * placed in the year before, and within 2 years of a decision to maintain the placement or to place a child placed
 * in the year before (serviceloven § 62, stk. 1-2; barnets lov § 50, whose periods are UNCONFIRMED and default to
 * serviceloven's): an error for each such decision the engine finds not re-treated in time. Which period runs
 * follows from the decision's recorded kind, never from the order of decisions.
 */
final class RetreatmentRule extends TimelinessRule {

    private RetreatmentRule(Spec spec) {
        super(spec.build());
    }

    static RetreatmentRule serviceloven() {
        return new RetreatmentRule(spec("SEL-62-RETREATMENT", Spec.sel("62"), SERVICELOVEN_PERIOD)
                .note("The period follows from the decision's recorded kind (Decision.placementKind): 1 year after a"
                        + " placement, 2 years after a maintenance or a placement of a child placed in the year"
                        + " before. A decision without the kind is a query of SEL-DEADLINE-UNDETERMINED."));
    }

    static RetreatmentRule barnetsLov() {
        return new RetreatmentRule(spec("BL-50-RETREATMENT", Spec.bl("50"), BARNETS_LOV_PERIOD)
                .note("UNCONFIRMED periods, as in the deadline rule book (1 and 2 years by default); the period follows"
                        + " from the decision's recorded kind. A decision without the kind is a query of"
                        + " BL-DEADLINE-UNDETERMINED."));
    }

    private static Spec spec(String code, LegalReference basis, InForcePeriod period) {
        return Spec.rule(code, "RETREATMENT", Severity.ERROR)
                .basis(basis, period)
                .title(
                        "Genbehandling af anbringelse uden samtykke til tiden",
                        "Re-treatment of a placement without consent on time")
                .timely(
                        "Genbehandlingen af anbringelsen uden samtykke",
                        "foretaget",
                        "The re-treatment of the placement without consent",
                        "carried out")
                .duties(Duty.RETREATMENT_FIRST, Duty.RETREATMENT_REPEAT);
    }
}
