package dk.fremdrift.metrics.flow;

import static dk.fremdrift.metrics.internal.Definitions.APPLIES;
import static dk.fremdrift.metrics.internal.Definitions.NO_CENSORING_STOCK;

import dk.fremdrift.metrics.CaseFacts;
import dk.fremdrift.metrics.Dimension;
import dk.fremdrift.metrics.IndicatorDefinition;
import dk.fremdrift.metrics.IndicatorKind;
import dk.fremdrift.metrics.Indicators;
import dk.fremdrift.metrics.LocalizedText;
import dk.fremdrift.metrics.Observations;
import dk.fremdrift.metrics.internal.StockIndicator;
import dk.fremdrift.model.Intervention;
import java.time.LocalDate;
import java.util.List;

/** {@link Indicators#INTERVENTION_MIX_ACTIVE}: the interventions active at asOf in the open cases, preventive support or placement. */
final class InterventionMixActive extends StockIndicator {

    static final InterventionMixActive INDICATOR = new InterventionMixActive();

    private InterventionMixActive() {
        super(IndicatorDefinition.builder(Indicators.INTERVENTION_MIX_ACTIVE, IndicatorKind.DISTRIBUTION)
                .name(LocalizedText.of(
                        "Aktive indsatser: forebyggende og anbringelser",
                        "Active interventions: preventive and placements"))
                .description(LocalizedText.of(
                        "Indsatser, der er aktive på asOf's dato, fordelt på forebyggende støtte og anbringelser.",
                        "Interventions active on asOf's date, by preventive support and placements."))
                .applies(APPLIES)
                .population(LocalizedText.of(
                        "Indsatser aktive på asOf's dato (start senest den dag, slut tidligst den dag eller ingen), i"
                                + " sager der er åbne på asOf's dato.",
                        "Interventions active on asOf's date (started on or before it, ending on or after it or not"
                                + " at all), in cases open on asOf's date."))
                .numerator(FlowTexts.MIX_CATEGORIES)
                .exclusions(LocalizedText.of(
                        "Indsatser i sager, der er lukket på asOf's dato.",
                        "Interventions in cases closed on asOf's date."))
                .censoring(NO_CENSORING_STOCK)
                .dimensions(
                        List.of(Dimension.TEAM, Dimension.CASEWORKER, Dimension.AGE_BAND, Dimension.INTERVENTION_KIND))
                .categories(List.of(Indicators.PREVENTIVE_SUPPORT, Indicators.PLACEMENT))
                .build());
    }

    @Override
    protected void observeOpen(CaseFacts facts, Observations out, LocalDate asOf) {
        for (Intervention iv : facts.childCase().interventions()) {
            if (iv.isActiveOn(asOf)) {
                out.category(asOf, iv.kind(), FlowTexts.mix(iv));
            }
        }
    }
}
