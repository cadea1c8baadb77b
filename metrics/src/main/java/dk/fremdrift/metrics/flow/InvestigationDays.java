package dk.fremdrift.metrics.flow;

import static dk.fremdrift.metrics.internal.Definitions.APPLIES;
import static dk.fremdrift.metrics.internal.Definitions.EVENT_DIMENSIONS;

import dk.fremdrift.deadlines.DeadlineEvaluation;
import dk.fremdrift.deadlines.DeadlineStatus;
import dk.fremdrift.deadlines.Duty;
import dk.fremdrift.metrics.CaseFacts;
import dk.fremdrift.metrics.IndicatorDefinition;
import dk.fremdrift.metrics.IndicatorKind;
import dk.fremdrift.metrics.Indicators;
import dk.fremdrift.metrics.LocalizedText;
import dk.fremdrift.metrics.Observations;
import dk.fremdrift.metrics.Outcome;
import dk.fremdrift.metrics.internal.StandardIndicator;
import dk.fremdrift.metrics.timeliness.TimelinessIndicators;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** {@link Indicators#INVESTIGATION_DAYS}: the median and 90th percentile of the days from awareness to a finished child-welfare investigation, from the engine's evaluations. */
final class InvestigationDays extends StandardIndicator {

    static final InvestigationDays INDICATOR = new InvestigationDays();

    private InvestigationDays() {
        super(IndicatorDefinition.builder(Indicators.INVESTIGATION_DAYS, IndicatorKind.DAYS)
                .name(LocalizedText.of(
                        "Dage fra kendskab til afsluttet børnefaglig undersøgelse",
                        "Days from awareness to a finished child-welfare investigation"))
                .description(LocalizedText.of(
                        "Median og 90-procent-fraktil af antal dage fra kommunens kendskab til undersøgelsen blev"
                                + " afsluttet.",
                        "The median and 90th percentile of the days from the municipality's awareness to the"
                                + " finished investigation."))
                .legalBasis(TimelinessIndicators.INVESTIGATION_4M_ON_TIME
                        .definition()
                        .legalBasis())
                .applies(APPLIES)
                .population(LocalizedText.of(
                        "Børnefaglige undersøgelser, hvis kendskabsdato ligger i rapportperioden, til og med asOf, og"
                                + " som fristmotoren har bedømt efter pligten INVESTIGATION som afsluttet senest ved"
                                + " asOf (MET eller MET_LATE); dage = afslutningsdato minus kendskabsdato.",
                        "Child-welfare investigations whose awareness date is in the reporting period, up to asOf,"
                                + " that the deadline engine judged under duty INVESTIGATION as finished by asOf (MET"
                                + " or MET_LATE); days = completion date minus awareness date."))
                .numerator(LocalizedText.of(
                        "Median (50. percentil) og 90. percentil af disse dage efter nærmeste-rang-metoden: p-percentilen"
                                + " er det mindste antal dage d, så mindst p % af undersøgelserne tog d dage eller"
                                + " færre.",
                        "The median (50th percentile) and 90th percentile of those days by the nearest-rank method:"
                                + " the p-th percentile is the smallest number of days d such that at least p % of"
                                + " the investigations took d days or fewer."))
                .exclusions(LocalizedText.of(
                        "Undersøgelser, hvis frist fristmotoren finder ikke relevant (NOT_APPLICABLE, fx sagen lukket"
                                + " før fristen) eller udløben (EXPIRED); de tælles for sig.",
                        "Investigations whose deadline the engine finds not applicable (NOT_APPLICABLE, say the case"
                                + " was closed before the deadline) or expired (EXPIRED); counted apart."))
                .censoring(LocalizedText.of(
                        "Undersøgelser, der ikke er afsluttet ved asOf (OPEN, DUE_SOON, OVERDUE): deres varighed er"
                                + " ukendt; de tælles for sig som censurerede. Mange censurerede undersøgelser får"
                                + " medianen til at undervurdere den reelle tid.",
                        "Investigations not finished by asOf (OPEN, DUE_SOON, OVERDUE): their duration is unknown;"
                                + " counted apart as censored. Many censored investigations make the median"
                                + " understate the true time."))
                .dimensions(EVENT_DIMENSIONS)
                .build());
    }

    @Override
    public void observe(CaseFacts facts, Observations out) {
        List<DeadlineEvaluation> evaluations = facts.evaluations();
        for (int i = 0; i < evaluations.size(); i++) {
            DeadlineEvaluation e = evaluations.get(i);
            LocalDate trigger = e.triggerDate();
            if (!e.duty().equals(Duty.INVESTIGATION) || !facts.counts(trigger)) {
                continue;
            }
            if (e.status().isCompleted()) {
                out.days(
                        trigger,
                        Math.toIntExact(
                                ChronoUnit.DAYS.between(trigger, e.completedOn().orElseThrow())));
            } else if (e.status().isPending() || e.status() == DeadlineStatus.OVERDUE) {
                out.judged(trigger, Outcome.CENSORED);
            } else {
                out.judged(trigger, Outcome.EXCLUDED);
            }
        }
    }
}
