package dk.fremdrift.metrics.flow;

import static dk.fremdrift.metrics.internal.Definitions.APPLIES;
import static dk.fremdrift.metrics.internal.Definitions.BL;
import static dk.fremdrift.metrics.internal.Definitions.SEL;

import dk.fremdrift.metrics.CaseFacts;
import dk.fremdrift.metrics.IndicatorDefinition;
import dk.fremdrift.metrics.IndicatorKind;
import dk.fremdrift.metrics.Indicators;
import dk.fremdrift.metrics.LegalBasis;
import dk.fremdrift.metrics.LocalizedText;
import dk.fremdrift.metrics.Observations;
import dk.fremdrift.metrics.internal.Definitions;
import dk.fremdrift.metrics.internal.StandardIndicator;
import dk.fremdrift.model.Decision;
import dk.fremdrift.model.Investigation;
import dk.fremdrift.model.Law;
import dk.fremdrift.model.LegalReference;
import java.time.LocalDate;
import java.util.List;

/**
 * {@link Indicators#INVESTIGATION_TO_DECISION_DAYS}: the days from a finished child-welfare investigation to the first
 * decision the case records as made on its basis ({@link Decision#basedOn()}), never guessed from the order of the
 * parts.
 */
final class InvestigationToDecisionDays extends StandardIndicator {

    static final InvestigationToDecisionDays INDICATOR = new InvestigationToDecisionDays();

    private InvestigationToDecisionDays() {
        super(IndicatorDefinition.builder(Indicators.INVESTIGATION_TO_DECISION_DAYS, IndicatorKind.DAYS)
                .name(LocalizedText.of(
                        "Dage fra afsluttet undersøgelse til afgørelse",
                        "Days from finished investigation to decision"))
                .description(LocalizedText.of(
                        "Median og 90-procent-fraktil af dagene fra en børnefaglig undersøgelse er afsluttet, til den"
                                + " første afgørelse, der er truffet på grundlag af den. Undersøgelsen skal munde ud i"
                                + " en begrundet stillingtagen til støtte; loven sætter ingen frist for afgørelsen.",
                        "The median and 90th percentile of the days from a finished child-welfare investigation to"
                                + " the first decision made on its basis. The investigation ends in a reasoned position"
                                + " on support; the law sets no deadline for the decision."))
                .legalBasis(List.of(
                        LegalBasis.of(LegalReference.of(Law.SERVICELOVEN, "50"), SEL),
                        LegalBasis.of(LegalReference.of(Law.BARNETS_LOV, "22", 6), BL)))
                .applies(APPLIES)
                .population(LocalizedText.of(
                        "Børnefaglige undersøgelser afsluttet i rapportperioden, til og med asOf; dage = datoen for"
                                + " den første afgørelse, der angiver undersøgelsen som sit grundlag (basedOn), minus"
                                + " undersøgelsens afslutningsdato. Tælles på afslutningsdatoen.",
                        "Child-welfare investigations finished in the reporting period, up to asOf; days = the date of"
                                + " the first decision that names the investigation as its basis (basedOn) minus the"
                                + " investigation's completion date. Counted at the completion date."))
                .numerator(StepTexts.DAYS_PERCENTILES)
                .exclusions(LocalizedText.of(
                        "Undersøgelser, hvis afgørelse kom før afslutningen (fx støtte sideløbende med undersøgelsen),"
                                + " og undersøgelser i sager lukket uden en afgørelse på deres grundlag; de tælles for"
                                + " sig. En afgørelse, der ikke angiver sit grundlag, kan ikke tælles her.",
                        "Investigations whose decision came before they finished (support during the investigation,"
                                + " say), and investigations in cases closed without a decision on their basis;"
                                + " counted apart. A decision that does not record its basis cannot count here."))
                .censoring(StepTexts.DAYS_CENSORING)
                .dimensions(Definitions.EVENT_DIMENSIONS)
                .build());
    }

    @Override
    public void observe(CaseFacts facts, Observations out) {
        List<Decision> decisions = facts.childCase().decisions();
        for (Investigation x : facts.childCase().investigations()) {
            if (x.completed().isEmpty() || !facts.counts(x.completed().get())) {
                continue;
            }
            LocalDate first = null;
            for (int i = 0; i < decisions.size(); i++) {
                Decision d = decisions.get(i);
                if (d.basedOn().isPresent()
                        && d.basedOn().get().equals(x.id())
                        && (first == null || d.decided().isBefore(first))) {
                    first = d.decided();
                }
            }
            StepTexts.daysBetween(facts, out, x.completed().get(), first);
        }
    }
}
