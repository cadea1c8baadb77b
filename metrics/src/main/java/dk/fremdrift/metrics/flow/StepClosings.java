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
import dk.fremdrift.model.CaseClosing;

/**
 * {@link Indicators#STEP_CLOSINGS}: the cases closed in the period, by the reason recorded. The law prescribes no
 * closing reasons; the indicator cites no provision.
 */
final class StepClosings extends StandardIndicator {

    static final StepClosings INDICATOR = new StepClosings();

    private StepClosings() {
        super(IndicatorDefinition.builder(Indicators.STEP_CLOSINGS, IndicatorKind.DISTRIBUTION)
                .name(LocalizedText.of("Lukkede sager efter årsag", "Cases closed by reason"))
                .description(LocalizedText.of(
                        "Sager lukket i perioden, fordelt på den registrerede årsag: handletrinnenes sidste skridt.",
                        "Cases closed in the period, by the reason recorded: the last step of the handletrin."))
                .applies(APPLIES)
                .population(LocalizedText.of(
                        "Sager med lukkedato i rapportperioden, til og med asOf.",
                        "Cases with a closing date in the reporting period, up to asOf."))
                .numerator(StepTexts.categoriesOf(
                        "årsag: NO_FURTHER_ACTION, SUPPORT_ENDED, MOVED, ADULT og OTHER",
                        "reason: NO_FURTHER_ACTION, SUPPORT_ENDED, MOVED, ADULT and OTHER"))
                .exclusions(NONE)
                .censoring(StepTexts.COUNTED_BY_STATE)
                .dimensions(EVENT_DIMENSIONS)
                .categories(StepTexts.CLOSING_CATEGORIES)
                .build());
    }

    @Override
    public void observe(CaseFacts facts, Observations out) {
        CaseClosing closing = facts.childCase().closing().orElse(null);
        if (closing != null && facts.counts(closing.closed())) {
            out.category(closing.closed(), closing.reason().name());
        }
    }
}
