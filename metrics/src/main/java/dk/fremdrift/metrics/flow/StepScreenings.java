package dk.fremdrift.metrics.flow;

import static dk.fremdrift.metrics.internal.Definitions.BL;
import static dk.fremdrift.metrics.internal.Definitions.EVENT_DIMENSIONS;
import static dk.fremdrift.metrics.internal.Definitions.NONE;

import dk.fremdrift.metrics.CaseFacts;
import dk.fremdrift.metrics.IndicatorDefinition;
import dk.fremdrift.metrics.IndicatorKind;
import dk.fremdrift.metrics.Indicators;
import dk.fremdrift.metrics.LegalBasis;
import dk.fremdrift.metrics.LocalizedText;
import dk.fremdrift.metrics.Observations;
import dk.fremdrift.metrics.internal.StandardIndicator;
import dk.fremdrift.model.Law;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.model.Screening;
import java.util.List;

/**
 * {@link Indicators#STEP_SCREENINGS}: the screenings of the period by outcome (no action, exploration, child-welfare
 * investigation). Screening is a step of barnets lov (§ 18), so the indicator applies from 2024.
 */
final class StepScreenings extends StandardIndicator {

    static final StepScreenings INDICATOR = new StepScreenings();

    private StepScreenings() {
        super(IndicatorDefinition.builder(Indicators.STEP_SCREENINGS, IndicatorKind.DISTRIBUTION)
                .name(LocalizedText.of("Screeninger efter udfald", "Screenings by outcome"))
                .description(LocalizedText.of(
                        "Periodens screeninger fordelt på udfald: ingen indsats, afdækning eller børnefaglig"
                                + " undersøgelse.",
                        "The period's screenings by outcome: no action, exploration or child-welfare"
                                + " investigation."))
                .legalBasis(List.of(LegalBasis.of(LegalReference.of(Law.BARNETS_LOV, "18"), BL)))
                .applies(BL)
                .population(LocalizedText.of(
                        "Screeninger dateret i rapportperioden, til og med asOf.",
                        "Screenings dated in the reporting period, up to asOf."))
                .numerator(StepTexts.categoriesOf(
                        "udfald: NO_ACTION (ingen indsats), EXPLORATION (afdækning, § 19) og INVESTIGATION"
                                + " (børnefaglig undersøgelse, § 20)",
                        "outcome: NO_ACTION, EXPLORATION (§ 19) and INVESTIGATION (child-welfare investigation,"
                                + " § 20)"))
                .exclusions(NONE)
                .censoring(StepTexts.COUNTED_BY_STATE)
                .dimensions(EVENT_DIMENSIONS)
                .categories(StepTexts.SCREENING_CATEGORIES)
                .build());
    }

    @Override
    public void observe(CaseFacts facts, Observations out) {
        for (Screening s : facts.childCase().screenings()) {
            if (facts.counts(s.date())) {
                out.category(s.date(), s.outcome().name());
            }
        }
    }
}
