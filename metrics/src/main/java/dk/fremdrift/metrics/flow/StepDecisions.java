package dk.fremdrift.metrics.flow;

import static dk.fremdrift.metrics.internal.Definitions.APPLIES;
import static dk.fremdrift.metrics.internal.Definitions.EVENT_DIMENSIONS;
import static dk.fremdrift.metrics.internal.Definitions.NONE;

import dk.fremdrift.metrics.CaseFacts;
import dk.fremdrift.metrics.IndicatorDefinition;
import dk.fremdrift.metrics.IndicatorKind;
import dk.fremdrift.metrics.Indicators;
import dk.fremdrift.metrics.LocalizedText;
import dk.fremdrift.metrics.Observations;
import dk.fremdrift.metrics.internal.StandardIndicator;
import dk.fremdrift.model.Decision;
import dk.fremdrift.model.DecisionOutcome;

/**
 * {@link Indicators#STEP_DECISIONS}: the decisions of the period, a granted one by its kind (support, placement with or
 * without consent, and the rest), a refusal as refused, whatever was applied for.
 */
final class StepDecisions extends StandardIndicator {

    static final StepDecisions INDICATOR = new StepDecisions();

    private StepDecisions() {
        super(IndicatorDefinition.builder(Indicators.STEP_DECISIONS, IndicatorKind.DISTRIBUTION)
                .name(LocalizedText.of("Afgørelser efter art", "Decisions by kind"))
                .description(LocalizedText.of(
                        "Periodens afgørelser: de bevilgede efter art (støtte, anbringelse med og uden samtykke"
                                + " m.fl.), afslagene for sig.",
                        "The period's decisions: those granted by kind (support, placement with and without consent"
                                + " and others), refusals apart."))
                .applies(APPLIES)
                .population(LocalizedText.of(
                        "Afgørelser truffet i rapportperioden, til og med asOf.",
                        "Decisions made in the reporting period, up to asOf."))
                .numerator(StepTexts.categoriesOf(
                        "afgørelsens art, når den bevilger: SUPPORT (barnets lov § 32; serviceloven § 52, stk. 3),"
                                + " PLACEMENT_WITH_CONSENT (§ 46; serviceloven § 52, stk. 3, nr. 7),"
                                + " PLACEMENT_WITHOUT_CONSENT (§ 47; serviceloven § 58) og de øvrige arter; eller"
                                + " REFUSED, når den giver afslag. Hver art har sin hjemmel, så indikatoren som"
                                + " helhed angiver ingen",
                        "the decision's kind when it grants: SUPPORT (barnets lov § 32; serviceloven § 52, stk. 3),"
                                + " PLACEMENT_WITH_CONSENT (§ 46; serviceloven § 52, stk. 3, nr. 7),"
                                + " PLACEMENT_WITHOUT_CONSENT (§ 47; serviceloven § 58) and the other kinds; or"
                                + " REFUSED when it refuses. Each kind has its own basis, so the indicator as a whole"
                                + " cites none"))
                .exclusions(NONE)
                .censoring(StepTexts.COUNTED_BY_STATE)
                .dimensions(EVENT_DIMENSIONS)
                .categories(StepTexts.DECISION_CATEGORIES)
                .build());
    }

    @Override
    public void observe(CaseFacts facts, Observations out) {
        for (Decision d : facts.childCase().decisions()) {
            if (facts.counts(d.decided())) {
                out.category(
                        d.decided(),
                        d.outcome() == DecisionOutcome.REFUSED
                                ? StepTexts.REFUSED
                                : d.kind().name());
            }
        }
    }
}
