package dk.fremdrift.metrics.handover;

import static dk.fremdrift.metrics.internal.Definitions.BL;

import dk.fremdrift.deadlines.Duty;
import dk.fremdrift.metrics.Indicators;
import dk.fremdrift.metrics.LegalBasis;
import dk.fremdrift.metrics.LocalizedText;
import dk.fremdrift.metrics.OnTimeIndicator;
import dk.fremdrift.model.Law;
import dk.fremdrift.model.LegalReference;

/**
 * {@link Indicators#DECISION_BEFORE_ADULTHOOD_ON_TIME}: the decision on support after 18 made no later than 6 months
 * before the 18th birthday of a young person with support or a placement (barnets lov § 111). The rule book has the
 * duty from 2024 only, so the indicator applies from then.
 */
final class DecisionBeforeAdulthoodOnTime {

    static final OnTimeIndicator INDICATOR = OnTimeIndicator.builder(
                    Indicators.DECISION_BEFORE_ADULTHOOD_ON_TIME, Duty.DECISION_BEFORE_ADULTHOOD)
            .name(LocalizedText.of("Afgørelse om støtte efter 18 år rettidigt", "Decision on support after 18 on time"))
            .description(LocalizedText.of(
                    "Andel af unge med støtte eller en anbringelse, der fyldte 18 år i perioden, hvor afgørelsen"
                            + " om støtte efter det fyldte 18. år blev truffet senest 6 måneder før 18-årsdagen,"
                            + " så overgangen til voksenlivet er planlagt.",
                    "Share of young people with support or a placement who turned 18 in the period whose decision"
                            + " on support after 18 was made no later than 6 months before the 18th birthday, so"
                            + " that the move to adult life is planned."))
            .legalBasis(LegalBasis.of(LegalReference.of(Law.BARNETS_LOV, "111"), BL))
            .applies(BL)
            .trigger(LocalizedText.of(
                    "18-årsdage i rapportperioden for unge med støtte eller en anbringelse på fristens dato",
                    "18th birthdays in the reporting period of young people with support or a placement on the"
                            + " due date"))
            .step(LocalizedText.of(
                    "afgørelsen om støtte efter 18 år blev truffet senest 6 måneder før 18-årsdagen",
                    "the decision on support after 18 was made no later than 6 months before the 18th birthday"))
            .build();

    private DecisionBeforeAdulthoodOnTime() {}
}
