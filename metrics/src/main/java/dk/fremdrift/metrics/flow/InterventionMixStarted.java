package dk.fremdrift.metrics.flow;

import static dk.fremdrift.metrics.internal.Definitions.APPLIES;
import static dk.fremdrift.metrics.internal.Definitions.NONE;

import dk.fremdrift.metrics.CaseFacts;
import dk.fremdrift.metrics.IndicatorDefinition;
import dk.fremdrift.metrics.IndicatorKind;
import dk.fremdrift.metrics.Indicators;
import dk.fremdrift.metrics.LocalizedText;
import dk.fremdrift.metrics.Observations;
import dk.fremdrift.metrics.internal.Definitions;
import dk.fremdrift.metrics.internal.StandardIndicator;
import dk.fremdrift.model.Intervention;
import java.util.List;

/** {@link Indicators#INTERVENTION_MIX_STARTED}: the interventions started in the period, preventive support or placement. */
final class InterventionMixStarted extends StandardIndicator {

    static final InterventionMixStarted INDICATOR = new InterventionMixStarted();

    private InterventionMixStarted() {
        super(IndicatorDefinition.builder(Indicators.INTERVENTION_MIX_STARTED, IndicatorKind.DISTRIBUTION)
                .name(LocalizedText.of(
                        "Iværksatte indsatser: forebyggende og anbringelser",
                        "Interventions started: preventive and placements"))
                .description(LocalizedText.of(
                        "Indsatser iværksat i perioden, fordelt på forebyggende støtte og anbringelser.",
                        "Interventions started in the period, by preventive support and placements."))
                .applies(APPLIES)
                .population(LocalizedText.of(
                        "Indsatser med startdato i rapportperioden, til og med asOf.",
                        "Interventions with a start date in the reporting period, up to asOf."))
                .numerator(FlowTexts.MIX_CATEGORIES)
                .exclusions(NONE)
                .censoring(
                        LocalizedText.of("Ingen: en iværksat indsats tælles.", "None: an intervention started counts."))
                .dimensions(Definitions.KIND_EVENT_DIMENSIONS)
                .categories(List.of(Indicators.PREVENTIVE_SUPPORT, Indicators.PLACEMENT))
                .build());
    }

    @Override
    public void observe(CaseFacts facts, Observations out) {
        for (Intervention iv : facts.childCase().interventions()) {
            if (facts.counts(iv.start())) {
                out.category(iv.start(), iv.kind(), FlowTexts.mix(iv));
            }
        }
    }
}
