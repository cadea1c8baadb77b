package dk.fremdrift.metrics.goals;

import static dk.fremdrift.metrics.internal.Definitions.APPLIES;
import static dk.fremdrift.metrics.internal.Definitions.KIND_STOCK_DIMENSIONS;
import static dk.fremdrift.metrics.internal.Definitions.NO_CENSORING_STOCK;

import dk.fremdrift.metrics.CaseFacts;
import dk.fremdrift.metrics.GoalStatus;
import dk.fremdrift.metrics.IndicatorDefinition;
import dk.fremdrift.metrics.IndicatorKind;
import dk.fremdrift.metrics.Indicators;
import dk.fremdrift.metrics.LocalizedText;
import dk.fremdrift.metrics.Observations;
import dk.fremdrift.metrics.internal.StockIndicator;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * {@link Indicators#GOAL_STATUS_BY_INTERVENTION}: the goals of the open cases' plans by status, for each kind of
 * intervention working toward them. The breakdown by intervention kind shows, per kind, how many goals stand behind the
 * figures, the share that is measurable and the share achieved or improving.
 */
final class GoalStatusByIntervention extends StockIndicator {

    static final GoalStatusByIntervention INDICATOR = new GoalStatusByIntervention();

    private GoalStatusByIntervention() {
        super(IndicatorDefinition.builder(Indicators.GOAL_STATUS_BY_INTERVENTION, IndicatorKind.DISTRIBUTION)
                .name(LocalizedText.of("Mål efter status og indsats", "Goals by status and intervention"))
                .description(LocalizedText.of(
                        "Målene i børnenes planer fordelt på status, for hver type indsats, der arbejder mod dem:"
                                + " hvor mange mål bag hvert tal, hvor stor en andel er målbare, og hvor mange er"
                                + " opnået eller i fremgang." + GoalsByIntervention.CAUTION.da(),
                        "The goals of the children's plans by status, for each kind of intervention working toward"
                                + " them: how many goals stand behind each figure, the share that is measurable and"
                                + " how many are achieved or improving." + GoalsByIntervention.CAUTION.en()))
                .legalBasis(GoalTexts.BASIS)
                .applies(APPLIES)
                .population(GoalsByIntervention.POPULATION)
                .numerator(LocalizedText.of(
                        "Fordelt efter GoalStatus, afgjort som i GOAL_STATUS; brudt ned efter indsatstype.",
                        "By GoalStatus, decided as in GOAL_STATUS; broken down by intervention kind."))
                .exclusions(GoalsByIntervention.EXCLUSIONS)
                .censoring(NO_CENSORING_STOCK)
                .dimensions(KIND_STOCK_DIMENSIONS)
                .categories(Arrays.stream(GoalStatus.values()).map(Enum::name).toList())
                .build());
    }

    @Override
    protected void observeOpen(CaseFacts facts, Observations out, LocalDate asOf) {
        GoalsByIntervention.forEach(
                facts, (goal, kind) -> out.category(asOf, kind, goal.status().name()));
    }
}
