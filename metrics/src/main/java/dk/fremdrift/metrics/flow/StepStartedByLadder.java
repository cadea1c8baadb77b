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

/**
 * {@link Indicators#STEP_STARTED_BY_LADDER}: the interventions started in the period, by the step of the intervention
 * ladder their kind stands on ({@link dk.fremdrift.model.LadderStep}).
 */
final class StepStartedByLadder extends StandardIndicator {

    static final StepStartedByLadder INDICATOR = new StepStartedByLadder();

    private StepStartedByLadder() {
        super(IndicatorDefinition.builder(Indicators.STEP_STARTED_BY_LADDER, IndicatorKind.DISTRIBUTION)
                .name(LocalizedText.of(
                        "Iværksatte indsatser efter trin på indsatstrappen", "Interventions started by ladder step"))
                .description(LocalizedText.of(
                        "Indsatser iværksat i perioden, fordelt på indsatstrappens trin: forebyggende støtte,"
                                + " familiepleje, døgninstitution og opholdssted, andre anbringelser.",
                        "Interventions started in the period, by the step of the intervention ladder: preventive"
                                + " support, family care, residential care, other placements."))
                .applies(APPLIES)
                .population(LocalizedText.of(
                        "Indsatser med startdato i rapportperioden, til og med asOf.",
                        "Interventions with a start date in the reporting period, up to asOf."))
                .numerator(StepTexts.categoriesOf(
                        "trinnet for indsatsens type: PREVENTIVE_SUPPORT (støtte uden anbringelse), FAMILY_CARE"
                                + " (netværkspleje og plejefamilie), RESIDENTIAL_CARE (døgninstitution og"
                                + " opholdssted), OTHER_PLACEMENT (eget værelse, kostskole og efterskole, anden"
                                + " anbringelse). Trinene er kommunernes og KL's indsatstrappe, ikke lovens, som kender"
                                + " støttens arter (barnets lov § 32; serviceloven § 52, stk. 3) og anbringelsesstederne"
                                + " (§ 43; serviceloven § 66)",
                        "the step of the intervention's kind: PREVENTIVE_SUPPORT (support without placement),"
                                + " FAMILY_CARE (kinship foster care and foster care), RESIDENTIAL_CARE (residential"
                                + " institutions and homes), OTHER_PLACEMENT (own room, boarding school, other"
                                + " placement). The steps are the municipalities' and KL's ladder, not the law's, which"
                                + " knows the kinds of support (barnets lov § 32; serviceloven § 52, stk. 3) and the"
                                + " places of placement (§ 43; serviceloven § 66)"))
                .exclusions(NONE)
                .censoring(
                        LocalizedText.of("Ingen: en iværksat indsats tælles.", "None: an intervention started counts."))
                .dimensions(Definitions.KIND_EVENT_DIMENSIONS)
                .categories(StepTexts.LADDER_CATEGORIES)
                .build());
    }

    @Override
    public void observe(CaseFacts facts, Observations out) {
        for (Intervention iv : facts.childCase().interventions()) {
            if (facts.counts(iv.start())) {
                out.category(iv.start(), iv.kind(), iv.kind().ladderStep().name());
            }
        }
    }
}
