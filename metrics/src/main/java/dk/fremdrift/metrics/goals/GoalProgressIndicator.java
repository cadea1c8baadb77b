package dk.fremdrift.metrics.goals;

import static dk.fremdrift.metrics.internal.Definitions.APPLIES;
import static dk.fremdrift.metrics.internal.Definitions.NO_CENSORING_STOCK;
import static dk.fremdrift.metrics.internal.Definitions.STOCK_DIMENSIONS;

import dk.fremdrift.metrics.CaseFacts;
import dk.fremdrift.metrics.GoalProgress;
import dk.fremdrift.metrics.IndicatorDefinition;
import dk.fremdrift.metrics.IndicatorKind;
import dk.fremdrift.metrics.Indicators;
import dk.fremdrift.metrics.LocalizedText;
import dk.fremdrift.metrics.Observations;
import dk.fremdrift.metrics.internal.StockIndicator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@link Indicators#GOAL_PROGRESS}: the mean progress of the open cases' goals from baseline toward target, each
 * capped at 1, summed exactly so that the mean does not depend on the order of the cases.
 */
final class GoalProgressIndicator extends StockIndicator {

    static final GoalProgressIndicator INDICATOR = new GoalProgressIndicator();

    private GoalProgressIndicator() {
        super(IndicatorDefinition.builder(Indicators.GOAL_PROGRESS, IndicatorKind.MEAN)
                .name(LocalizedText.of("Målenes fremdrift", "Progress of goals"))
                .description(LocalizedText.of(
                        "Gennemsnitlig fremdrift fra udgangspunkt mod målværdi: 0 ved udgangspunktet, 1 ved målet.",
                        "The mean progress from baseline toward target: 0 at the baseline, 1 at the target."))
                .legalBasis(GoalTexts.BASIS)
                .applies(APPLIES)
                .population(GoalTexts.POPULATION)
                .numerator(LocalizedText.of(
                        "Gennemsnittet af fremdriften (seneste måling minus udgangspunkt) / (mål minus udgangspunkt),"
                                + " loftet ved 1, så ét måls overopfyldelse ikke skjuler et andets mangel; negativ,"
                                + " når seneste måling er dårligere end udgangspunktet.",
                        "The mean of the progress (latest measurement minus baseline) / (target minus baseline),"
                                + " capped at 1 so that one goal's overachievement does not hide another's"
                                + " shortfall; negative when the latest measurement is worse than the baseline."))
                .exclusions(LocalizedText.of(
                        "Mål uden fremdrift: uden indikator, uden målinger til og med asOf, eller mål om at fastholde"
                                + " en værdi (mål lig udgangspunkt). Se GOAL_STATUS for dem.",
                        "Goals without progress: no indicator, no measurement up to asOf, or a goal to maintain a"
                                + " value (target equal to baseline). GOAL_STATUS shows them."))
                .censoring(NO_CENSORING_STOCK)
                .target(1.0)
                .dimensions(STOCK_DIMENSIONS)
                .build());
    }

    @Override
    protected void observeOpen(CaseFacts facts, Observations out, LocalDate asOf) {
        List<GoalProgress> goals = facts.goalProgress();
        for (int i = 0; i < goals.size(); i++) {
            Optional<Double> capped = goals.get(i).cappedProgress();
            if (capped.isPresent()) {
                out.value(asOf, new BigDecimal(capped.get()));
            }
        }
    }
}
