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
import java.util.Optional;

/** {@link Indicators#INTERVENTION_MIX_ACTIVE}: the interventions active at asOf in the open cases, preventive support or placement. */
final class InterventionMixActive extends StockIndicator {

    static final InterventionMixActive INDICATOR = new InterventionMixActive();

    private InterventionMixActive() {
        super(new IndicatorDefinition(
                Indicators.INTERVENTION_MIX_ACTIVE,
                IndicatorKind.DISTRIBUTION,
                LocalizedText.of(
                        "Aktive indsatser: forebyggende og anbringelser",
                        "Active interventions: preventive and placements"),
                LocalizedText.of(
                        "Indsatser, der er aktive på asOf's dato, fordelt på forebyggende støtte og anbringelser.",
                        "Interventions active on asOf's date, by preventive support and placements."),
                List.of(),
                APPLIES,
                LocalizedText.of(
                        "Indsatser aktive på asOf's dato (start senest den dag, slut tidligst den dag eller ingen), i"
                                + " sager der er åbne på asOf's dato.",
                        "Interventions active on asOf's date (started on or before it, ending on or after it or not"
                                + " at all), in cases open on asOf's date."),
                FlowTexts.MIX_CATEGORIES,
                LocalizedText.of(
                        "Indsatser i sager, der er lukket på asOf's dato.",
                        "Interventions in cases closed on asOf's date."),
                NO_CENSORING_STOCK,
                Optional.empty(),
                Optional.empty(),
                List.of(Dimension.TEAM, Dimension.CASEWORKER, Dimension.AGE_BAND, Dimension.INTERVENTION_KIND),
                List.of(Indicators.PREVENTIVE_SUPPORT, Indicators.PLACEMENT)));
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
