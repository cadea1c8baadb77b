package dk.fremdrift.metrics.timeliness;

import static dk.fremdrift.metrics.internal.Definitions.BL;
import static dk.fremdrift.metrics.internal.Definitions.SEL;

import dk.fremdrift.deadlines.Duty;
import dk.fremdrift.metrics.Indicators;
import dk.fremdrift.metrics.LegalBasis;
import dk.fremdrift.metrics.LocalizedText;
import dk.fremdrift.metrics.OnTimeIndicator;
import dk.fremdrift.model.Law;
import dk.fremdrift.model.LegalReference;

/** {@link Indicators#PLAN_ON_TIME}: the child's plan on time after a placement decision, by the law in force. */
final class PlanOnTime {

    static final OnTimeIndicator INDICATOR = OnTimeIndicator.builder(Indicators.PLAN_ON_TIME, Duty.PLAN)
            .name(LocalizedText.of("Barnets plan udarbejdet rettidigt", "Child's plan made on time"))
            .description(LocalizedText.of(
                    "Andel af afgørelser om anbringelse, hvor barnets plan (handleplan) forelå rettidigt: inden"
                            + " for 3 måneder efter barnets lov § 91, inden for 4 måneder efter serviceloven"
                            + " § 140, stk. 1 (til og med 2023), og før afgørelsen ved anbringelse uden samtykke.",
                    "Share of placement decisions with a child's plan (action plan) on time: within 3 months"
                            + " under barnets lov § 91, within 4 months under serviceloven § 140(1) (up to 2023),"
                            + " and before the decision for a placement without consent."))
            .legalBasis(
                    LegalBasis.of(LegalReference.of(Law.SERVICELOVEN, "140", 1), SEL),
                    LegalBasis.of(LegalReference.of(Law.BARNETS_LOV, "91"), BL))
            .trigger(LocalizedText.of(
                    "Bevilgede afgørelser om anbringelse dateret i rapportperioden",
                    "Granted placement decisions dated in the reporting period"))
            .step(LocalizedText.of(
                    "en plan forelå senest ved fristen efter den regel, der gjaldt på afgørelsens dato (en plan"
                            + " udarbejdet eller revideret i de 6 måneder før afgørelsen tæller)",
                    "a plan existed no later than the deadline of the rule in force on the decision's date (a"
                            + " plan made or revised in the 6 months before the decision counts)"))
            .build();

    private PlanOnTime() {}
}
