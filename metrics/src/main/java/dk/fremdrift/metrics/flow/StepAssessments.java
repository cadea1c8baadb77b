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
import dk.fremdrift.metrics.timeliness.TimelinessIndicators;
import dk.fremdrift.model.Notification;
import java.time.LocalDate;

/**
 * {@link Indicators#STEP_ASSESSMENTS}: the first step of the flow through the handletrin. The notifications received in
 * the period, by the outcome of their assessment (endangered, acute action needed, not endangered), or not assessed
 * (yet) at asOf.
 */
final class StepAssessments extends StandardIndicator {

    static final StepAssessments INDICATOR = new StepAssessments();

    private StepAssessments() {
        super(IndicatorDefinition.builder(Indicators.STEP_ASSESSMENTS, IndicatorKind.DISTRIBUTION)
                .name(LocalizedText.of("Underretninger efter vurdering", "Notifications by assessment"))
                .description(LocalizedText.of(
                        "Periodens underretninger fordelt på vurderingens udfald: handletrinnenes første skridt.",
                        "The period's notifications by the outcome of their assessment: the first step of the"
                                + " handletrin."))
                .legalBasis(
                        TimelinessIndicators.ASSESSMENT_24H_ON_TIME.definition().legalBasis())
                .applies(APPLIES)
                .population(LocalizedText.of(
                        "Underretninger modtaget i rapportperioden (efter den danske dato for modtagelsen), til og"
                                + " med asOf.",
                        "Notifications received in the reporting period (by the Danish date of receipt), up to"
                                + " asOf."))
                .numerator(StepTexts.categoriesOf(
                        "vurderingens udfald (NOT_ENDANGERED, ENDANGERED, ACUTE_ACTION_NEEDED), eller NOT_ASSESSED:"
                                + " ikke vurderet ved asOf",
                        "the assessment's outcome (NOT_ENDANGERED, ENDANGERED, ACUTE_ACTION_NEEDED), or"
                                + " NOT_ASSESSED: not assessed at asOf"))
                .exclusions(NONE)
                .censoring(StepTexts.COUNTED_BY_STATE)
                .dimensions(EVENT_DIMENSIONS)
                .categories(StepTexts.ASSESSMENT_CATEGORIES)
                .build());
    }

    @Override
    public void observe(CaseFacts facts, Observations out) {
        for (Notification n : facts.childCase().notifications()) {
            LocalDate received = facts.dateOf(n.received());
            if (facts.counts(received)) {
                out.category(
                        received,
                        n.assessment()
                                .filter(a -> !facts.dateOf(a.assessed()).isAfter(facts.asOfDate()))
                                .map(a -> a.outcome().name())
                                .orElse(StepTexts.NOT_ASSESSED));
            }
        }
    }
}
