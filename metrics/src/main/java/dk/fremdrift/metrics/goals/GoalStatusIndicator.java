package dk.fremdrift.metrics.goals;

import static dk.fremdrift.metrics.internal.Definitions.APPLIES;
import static dk.fremdrift.metrics.internal.Definitions.NO_CENSORING_STOCK;
import static dk.fremdrift.metrics.internal.Definitions.STOCK_DIMENSIONS;

import dk.fremdrift.metrics.CaseFacts;
import dk.fremdrift.metrics.GoalProgress;
import dk.fremdrift.metrics.GoalStatus;
import dk.fremdrift.metrics.IndicatorDefinition;
import dk.fremdrift.metrics.IndicatorKind;
import dk.fremdrift.metrics.Indicators;
import dk.fremdrift.metrics.LocalizedText;
import dk.fremdrift.metrics.Observations;
import dk.fremdrift.metrics.internal.StockIndicator;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** {@link Indicators#GOAL_STATUS}: the goals of the open cases' plans by status, derived, never entered. */
final class GoalStatusIndicator extends StockIndicator {

    static final GoalStatusIndicator INDICATOR = new GoalStatusIndicator();

    private GoalStatusIndicator() {
        super(IndicatorDefinition.builder(Indicators.GOAL_STATUS, IndicatorKind.DISTRIBUTION)
                .name(LocalizedText.of("Mål efter status", "Goals by status"))
                .description(LocalizedText.of(
                        "Målene i børnenes planer fordelt på opnået, i fremgang, uændret, i tilbagegang, ikke opnået"
                                + " inden fristen, uden målinger og ikke målbare.",
                        "The goals of the children's plans by achieved, improving, no change, worsening, not"
                                + " achieved by the due date, no measurements and not measurable."))
                .legalBasis(GoalTexts.BASIS)
                .applies(APPLIES)
                .population(GoalTexts.POPULATION)
                .numerator(LocalizedText.of(
                        "Fordelt efter GoalStatus; kategoriernes rækkefølge er den, status afgøres i.",
                        "By GoalStatus; the categories are in the order the status is decided in."))
                .exclusions(LocalizedText.of(
                        "Mål i sager, der er lukket på asOf's dato.", "Goals in cases closed on asOf's date."))
                .censoring(NO_CENSORING_STOCK)
                .dimensions(STOCK_DIMENSIONS)
                .categories(Arrays.stream(GoalStatus.values()).map(Enum::name).toList())
                .build());
    }

    @Override
    protected void observeOpen(CaseFacts facts, Observations out, LocalDate asOf) {
        List<GoalProgress> goals = facts.goalProgress();
        for (int i = 0; i < goals.size(); i++) {
            out.category(asOf, goals.get(i).status().name());
        }
    }
}
