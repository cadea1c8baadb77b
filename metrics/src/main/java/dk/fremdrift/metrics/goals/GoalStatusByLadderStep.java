package dk.fremdrift.metrics.goals;

import static dk.fremdrift.metrics.internal.Definitions.APPLIES;
import static dk.fremdrift.metrics.internal.Definitions.NO_CENSORING_STOCK;
import static dk.fremdrift.metrics.internal.Definitions.STOCK_DIMENSIONS;

import dk.fremdrift.metrics.CaseFacts;
import dk.fremdrift.metrics.GoalStatus;
import dk.fremdrift.metrics.IndicatorDefinition;
import dk.fremdrift.metrics.IndicatorKind;
import dk.fremdrift.metrics.Indicators;
import dk.fremdrift.metrics.LocalizedText;
import dk.fremdrift.metrics.Observations;
import dk.fremdrift.metrics.internal.StockIndicator;
import dk.fremdrift.model.InterventionKind;
import dk.fremdrift.model.LadderStep;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * {@link Indicators#GOAL_STATUS_BY_LADDER_STEP}: the goals of the open cases' plans by the step of the intervention
 * ladder of the interventions working toward them and by status, in categories {@code STEP/STATUS} ({@code
 * PREVENTIVE_SUPPORT/ACHIEVED}, ...). A goal with interventions on two steps counts on both; with two interventions on
 * one step, once.
 */
final class GoalStatusByLadderStep extends StockIndicator {

    static final GoalStatusByLadderStep INDICATOR = new GoalStatusByLadderStep();

    private GoalStatusByLadderStep() {
        super(IndicatorDefinition.builder(Indicators.GOAL_STATUS_BY_LADDER_STEP, IndicatorKind.DISTRIBUTION)
                .name(LocalizedText.of(
                        "Mål efter status og trin på indsatstrappen", "Goals by status and step of the ladder"))
                .description(LocalizedText.of(
                        "Målene i børnenes planer fordelt på indsatstrappens trin for de indsatser, der arbejder mod"
                                + " dem, og på status: hvor mange mål bag hvert trin, og hvor mange er opnået eller i"
                                + " fremgang." + GoalsByIntervention.CAUTION.da(),
                        "The goals of the children's plans by the step of the intervention ladder of the interventions"
                                + " working toward them, and by status: how many goals stand behind each step, and"
                                + " how many are achieved or improving." + GoalsByIntervention.CAUTION.en()))
                .legalBasis(GoalTexts.BASIS)
                .applies(APPLIES)
                .population(LocalizedText.of(
                        GoalTexts.POPULATION.da() + " Hvert mål tælles én gang for hvert trin, som en indsats, planen"
                                + " siger arbejder mod det, står på.",
                        GoalTexts.POPULATION.en() + " Each goal counts once for each step that an intervention the"
                                + " plan says works toward it stands on."))
                .numerator(LocalizedText.of(
                        "Fordelt i kategorier TRIN/STATUS: trinnet efter indsatstypen (LadderStep), status som i"
                                + " GOAL_STATUS.",
                        "In categories STEP/STATUS: the step by the intervention's kind (LadderStep), the status as in"
                                + " GOAL_STATUS."))
                .exclusions(GoalsByIntervention.EXCLUSIONS)
                .censoring(NO_CENSORING_STOCK)
                .dimensions(STOCK_DIMENSIONS)
                .categories(categories())
                .build());
    }

    private static List<String> categories() {
        List<String> out = new ArrayList<>();
        for (LadderStep step : LadderStep.values()) {
            for (GoalStatus status : GoalStatus.values()) {
                out.add(step.name() + "/" + status.name());
            }
        }
        return List.copyOf(out);
    }

    @Override
    protected void observeOpen(CaseFacts facts, Observations out, LocalDate asOf) {
        GoalsByIntervention.forEachGoal(facts, (goal, kinds) -> {
            EnumSet<LadderStep> steps = EnumSet.noneOf(LadderStep.class);
            for (InterventionKind kind : kinds) {
                steps.add(kind.ladderStep());
            }
            for (LadderStep step : steps) {
                out.category(asOf, step.name() + "/" + goal.status().name());
            }
        });
    }
}
