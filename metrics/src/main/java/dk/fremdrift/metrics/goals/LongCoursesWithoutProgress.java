package dk.fremdrift.metrics.goals;

import static dk.fremdrift.metrics.internal.Definitions.APPLIES;
import static dk.fremdrift.metrics.internal.Definitions.NO_CENSORING_STOCK;
import static dk.fremdrift.metrics.internal.Definitions.STOCK_DIMENSIONS;

import dk.fremdrift.metrics.CaseFacts;
import dk.fremdrift.metrics.IndicatorDefinition;
import dk.fremdrift.metrics.IndicatorKind;
import dk.fremdrift.metrics.Indicators;
import dk.fremdrift.metrics.LocalizedText;
import dk.fremdrift.metrics.LongCourse;
import dk.fremdrift.metrics.Observations;
import dk.fremdrift.metrics.Outcome;
import dk.fremdrift.metrics.internal.StockIndicator;
import dk.fremdrift.model.Intervention;
import java.time.LocalDate;

/**
 * {@link Indicators#LONG_COURSES_WITHOUT_PROGRESS}: of the open cases with an intervention that has run for a number
 * of months or more on asOf's date ({@link dk.fremdrift.metrics.MetricsConfig#longCourseMonths()}, 12 by default),
 * those whose plans' goals show no measured progress: none achieved or improving, which includes a case with no
 * measurable goal at all. Goals belong to the case's plans, not to one intervention, so the unit is the case.
 */
final class LongCoursesWithoutProgress extends StockIndicator {

    /** How long an intervention must have run to be a long course. */
    private final int months;

    LongCoursesWithoutProgress(int months) {
        super(IndicatorDefinition.builder(Indicators.LONG_COURSES_WITHOUT_PROGRESS, IndicatorKind.PROPORTION)
                .name(LocalizedText.of("Lange forløb uden målt fremgang", "Long courses without measured progress"))
                .description(LocalizedText.of(
                        "Andel af de åbne sager med en indsats, der har varet " + months + " måneder eller mere,"
                                + " hvor ingen af målene i barnets planer viser målt fremgang. Beskriver, beviser"
                                + " ikke: en indsats kan virke på det, målene ikke måler.",
                        "Share of the open cases with an intervention that has run " + months + " months or more"
                                + " where none of the goals of the child's plans shows measured progress. It"
                                + " describes and does not prove: an intervention may work on what the goals do"
                                + " not measure."))
                .legalBasis(GoalTexts.BASIS)
                .applies(APPLIES)
                .population(LocalizedText.of(
                        "Sager, der er åbne på asOf's dato, med en indsats, der er i gang den dag og begyndte senest"
                                + " samme dato " + months + " måneder før. " + GoalTexts.POPULATION.da(),
                        "Cases open on asOf's date with an intervention running that day that started on or before"
                                + " the same date " + months + " months earlier. " + GoalTexts.POPULATION.en()))
                .numerator(LocalizedText.of(
                        "Dem, hvor intet mål er opnået eller i fremgang: også sager uden mål eller kun med mål, der"
                                + " ikke er målbare.",
                        "Those where no goal is achieved or improving: cases without goals, or with unmeasurable"
                                + " goals only, too."))
                .exclusions(LocalizedText.of(
                        "Sager uden en indsats, der har varet " + months + " måneder.",
                        "Cases without an intervention that has run " + months + " months."))
                .censoring(NO_CENSORING_STOCK)
                .dimensions(STOCK_DIMENSIONS)
                .build());
        this.months = months;
    }

    @Override
    protected void observeOpen(CaseFacts facts, Observations out, LocalDate asOf) {
        LocalDate startedBy = asOf.minusMonths(months);
        boolean longCourse = false;
        for (Intervention iv : facts.childCase().interventions()) {
            longCourse |= !iv.start().isAfter(startedBy) && iv.isActiveOn(asOf);
        }
        if (longCourse) {
            // A long course is one without progress, as LongCourse finds it: the list and the share agree.
            out.judged(
                    asOf,
                    LongCourse.find(facts.childCase(), asOf, months, facts.goalProgress())
                                    .isPresent()
                            ? Outcome.MET
                            : Outcome.NOT_MET);
        }
    }
}
