package dk.fremdrift.metrics.goals;

import static dk.fremdrift.metrics.internal.Definitions.APPLIES;
import static dk.fremdrift.metrics.internal.Definitions.KIND_STOCK_DIMENSIONS;
import static dk.fremdrift.metrics.internal.Definitions.NO_CENSORING_STOCK;

import dk.fremdrift.metrics.CaseFacts;
import dk.fremdrift.metrics.IndicatorDefinition;
import dk.fremdrift.metrics.IndicatorKind;
import dk.fremdrift.metrics.Indicators;
import dk.fremdrift.metrics.LocalizedText;
import dk.fremdrift.metrics.Observations;
import dk.fremdrift.metrics.internal.StockIndicator;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * {@link Indicators#GOAL_PROGRESS_BY_INTERVENTION}: the mean progress of the open cases' goals, as {@link
 * Indicators#GOAL_PROGRESS} measures it, for each kind of intervention working toward them.
 */
final class GoalProgressByIntervention extends StockIndicator {

    static final GoalProgressByIntervention INDICATOR = new GoalProgressByIntervention();

    private GoalProgressByIntervention() {
        super(IndicatorDefinition.builder(Indicators.GOAL_PROGRESS_BY_INTERVENTION, IndicatorKind.MEAN)
                .name(LocalizedText.of("Målenes fremdrift efter indsats", "Progress of goals by intervention"))
                .description(LocalizedText.of(
                        "Gennemsnitlig fremdrift fra udgangspunkt mod målværdi (0 ved udgangspunktet, 1 ved målet)"
                                + " for hver type indsats, der arbejder mod målene." + GoalsByIntervention.CAUTION.da(),
                        "The mean progress from baseline toward target (0 at the baseline, 1 at the target) for each"
                                + " kind of intervention working toward the goals." + GoalsByIntervention.CAUTION.en()))
                .legalBasis(GoalTexts.BASIS)
                .applies(APPLIES)
                .population(GoalsByIntervention.POPULATION)
                .numerator(LocalizedText.of(
                        "Gennemsnittet af fremdriften, loftet ved 1, som i GOAL_PROGRESS; brudt ned efter indsatstype."
                                + " Det samlede tal tæller et mål én gang for hver type, det hører til.",
                        "The mean of the progress, capped at 1, as in GOAL_PROGRESS; broken down by intervention kind."
                                + " The overall figure counts a goal once for each kind it belongs to."))
                .exclusions(LocalizedText.of(
                        GoalsByIntervention.EXCLUSIONS.da() + " Mål uden fremdrift, som i GOAL_PROGRESS.",
                        GoalsByIntervention.EXCLUSIONS.en() + " Goals without progress, as in GOAL_PROGRESS."))
                .censoring(NO_CENSORING_STOCK)
                .target(1.0)
                .dimensions(KIND_STOCK_DIMENSIONS)
                .build());
    }

    @Override
    protected void observeOpen(CaseFacts facts, Observations out, LocalDate asOf) {
        GoalsByIntervention.forEach(
                facts, (goal, kind) -> goal.cappedProgress().ifPresent(p -> out.value(asOf, kind, new BigDecimal(p))));
    }
}
