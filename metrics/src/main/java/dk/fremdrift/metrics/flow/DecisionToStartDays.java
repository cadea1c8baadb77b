package dk.fremdrift.metrics.flow;

import static dk.fremdrift.metrics.internal.Definitions.APPLIES;

import dk.fremdrift.metrics.CaseFacts;
import dk.fremdrift.metrics.IndicatorDefinition;
import dk.fremdrift.metrics.IndicatorKind;
import dk.fremdrift.metrics.Indicators;
import dk.fremdrift.metrics.LocalizedText;
import dk.fremdrift.metrics.Observations;
import dk.fremdrift.metrics.internal.Definitions;
import dk.fremdrift.metrics.internal.StandardIndicator;
import dk.fremdrift.model.Decision;
import dk.fremdrift.model.DecisionOutcome;
import dk.fremdrift.model.Intervention;
import dk.fremdrift.model.PartId;
import java.util.List;

/**
 * {@link Indicators#DECISION_TO_START_DAYS}: the days from a decision that grants an intervention to the intervention's
 * start, for each intervention the decision records as granted ({@link Decision#grantedInterventions()}).
 */
final class DecisionToStartDays extends StandardIndicator {

    static final DecisionToStartDays INDICATOR = new DecisionToStartDays();

    private DecisionToStartDays() {
        super(IndicatorDefinition.builder(Indicators.DECISION_TO_START_DAYS, IndicatorKind.DAYS)
                .name(LocalizedText.of("Dage fra afgørelse til iværksat indsats", "Days from decision to start"))
                .description(LocalizedText.of(
                        "Median og 90-procent-fraktil af dagene fra en afgørelse bevilger en indsats, til indsatsen"
                                + " begynder. Loven sætter ingen frist; hver indsats har sin egen hjemmel.",
                        "The median and 90th percentile of the days from a decision granting an intervention to the"
                                + " intervention's start. The law sets no deadline; each intervention has a basis of"
                                + " its own."))
                .applies(APPLIES)
                .population(LocalizedText.of(
                        "Indsatser, som en afgørelse truffet i rapportperioden, til og med asOf, bevilger; dage ="
                                + " indsatsens startdato minus afgørelsens dato. Tælles på afgørelsens dato og efter"
                                + " indsatsens type.",
                        "Interventions granted by a decision made in the reporting period, up to asOf; days = the"
                                + " intervention's start date minus the decision's date. Counted at the decision's"
                                + " date and by the intervention's kind."))
                .numerator(StepTexts.DAYS_PERCENTILES)
                .exclusions(LocalizedText.of(
                        "Indsatser, der begyndte før afgørelsen (fx akut), og bevilgede indsatser i sager, der er"
                                + " lukket, før de begyndte; de tælles for sig.",
                        "Interventions that started before the decision (acute ones, say), and granted"
                                + " interventions in cases closed before they started; counted apart."))
                .censoring(StepTexts.DAYS_CENSORING)
                .dimensions(Definitions.KIND_EVENT_DIMENSIONS)
                .build());
    }

    @Override
    public void observe(CaseFacts facts, Observations out) {
        List<Intervention> interventions = facts.childCase().interventions();
        for (Decision d : facts.childCase().decisions()) {
            if (d.outcome() != DecisionOutcome.GRANTED || !facts.counts(d.decided())) {
                continue;
            }
            for (PartId granted : d.grantedInterventions()) {
                for (int i = 0; i < interventions.size(); i++) {
                    Intervention iv = interventions.get(i);
                    if (iv.id().equals(granted)) {
                        StepTexts.daysBetween(facts, out, d.decided(), iv.kind(), iv.start());
                    }
                }
            }
        }
    }
}
