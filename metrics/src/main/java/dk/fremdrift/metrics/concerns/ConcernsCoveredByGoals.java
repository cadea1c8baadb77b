package dk.fremdrift.metrics.concerns;

import static dk.fremdrift.metrics.internal.Definitions.APPLIES;

import dk.fremdrift.metrics.CaseFacts;
import dk.fremdrift.metrics.IndicatorDefinition;
import dk.fremdrift.metrics.IndicatorKind;
import dk.fremdrift.metrics.Indicators;
import dk.fremdrift.metrics.LocalizedText;
import dk.fremdrift.metrics.Observations;
import dk.fremdrift.metrics.Outcome;
import dk.fremdrift.metrics.internal.Definitions;
import dk.fremdrift.metrics.internal.StandardIndicator;
import dk.fremdrift.model.Goal;
import dk.fremdrift.model.GoalArea;
import dk.fremdrift.model.Investigation;
import dk.fremdrift.model.Plan;
import java.time.LocalDate;
import java.util.EnumSet;

/**
 * {@link Indicators#CONCERNS_COVERED_BY_GOALS}: of the areas of concern the period's finished investigations found
 * ({@link Investigation#concerns()}), the share that a goal of the child's plan covers: a goal about the same area
 * ({@link Goal#area()}).
 */
final class ConcernsCoveredByGoals extends StandardIndicator {

    static final ConcernsCoveredByGoals INDICATOR = new ConcernsCoveredByGoals();

    private ConcernsCoveredByGoals() {
        super(IndicatorDefinition.builder(Indicators.CONCERNS_COVERED_BY_GOALS, IndicatorKind.PROPORTION)
                .name(LocalizedText.of("Bekymringer, som planens mål dækker", "Concerns covered by the plan's goals"))
                .description(LocalizedText.of(
                        "Andel af de bekymringsområder, de børnefaglige undersøgelser fandt, som et mål i barnets"
                                + " plan handler om. Et område uden mål kan være bevidst prioriteret fra; tallet er"
                                + " et spørgsmål til praksis, ikke en dom.",
                        "Share of the areas of concern the child-welfare investigations found that a goal of the"
                                + " child's plan is about. An area without a goal may be a deliberate priority; the"
                                + " figure is a question to practice, not a verdict."))
                .legalBasis(ConcernTexts.PLAN_BASIS)
                .applies(APPLIES)
                .population(LocalizedText.of(
                        "Hvert bekymringsområde (concerns) i en børnefaglig undersøgelse afsluttet i rapportperioden,"
                                + " til og med asOf, i en sag med en plan udarbejdet senest asOf's dato. Tælles på"
                                + " undersøgelsens afslutningsdato.",
                        "Each area of concern (concerns) of a child-welfare investigation finished in the reporting"
                                + " period, up to asOf, in a case with a plan made on or before asOf's date. Counted at"
                                + " the investigation's completion date."))
                .numerator(LocalizedText.of(
                        "Områder, som mindst ét mål i en af sagens planer (udarbejdet senest asOf's dato) handler om.",
                        "Areas that at least one goal of one of the case's plans (made on or before asOf's date) is"
                                + " about."))
                .exclusions(LocalizedText.of(
                        "Undersøgelser uden registrerede bekymringsområder, og områder i sager uden en plan ved asOf"
                                + " (der er måske ikke bevilget støtte); de sidste tælles for sig.",
                        "Investigations without recorded areas of concern, and areas in cases without a plan at asOf"
                                + " (support may not have been granted); the latter are counted apart."))
                .censoring(
                        LocalizedText.of("Ingen: planen, som den er ved asOf.", "None: the plan as it stands at asOf."))
                .dimensions(Definitions.EVENT_DIMENSIONS)
                .build());
    }

    @Override
    public void observe(CaseFacts facts, Observations out) {
        EnumSet<GoalArea> covered = EnumSet.noneOf(GoalArea.class);
        boolean planned = false;
        for (Plan plan : facts.childCase().plans()) {
            if (!plan.created().isAfter(facts.asOfDate())) {
                planned = true;
                for (Goal goal : plan.goals()) {
                    covered.add(goal.area());
                }
            }
        }
        for (Investigation x : facts.childCase().investigations()) {
            if (x.concerns().isEmpty()
                    || x.completed().isEmpty()
                    || !facts.counts(x.completed().get())) {
                continue;
            }
            LocalDate completed = x.completed().get();
            for (GoalArea area : x.concerns()) {
                out.judged(
                        completed,
                        !planned ? Outcome.EXCLUDED : covered.contains(area) ? Outcome.MET : Outcome.NOT_MET);
            }
        }
    }
}
