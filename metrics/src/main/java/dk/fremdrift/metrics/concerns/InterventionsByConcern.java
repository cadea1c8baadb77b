package dk.fremdrift.metrics.concerns;

import static dk.fremdrift.metrics.internal.Definitions.APPLIES;

import dk.fremdrift.metrics.CaseFacts;
import dk.fremdrift.metrics.IndicatorDefinition;
import dk.fremdrift.metrics.IndicatorKind;
import dk.fremdrift.metrics.Indicators;
import dk.fremdrift.metrics.LocalizedText;
import dk.fremdrift.metrics.Observations;
import dk.fremdrift.metrics.internal.Definitions;
import dk.fremdrift.metrics.internal.StandardIndicator;
import dk.fremdrift.model.Decision;
import dk.fremdrift.model.DecisionOutcome;
import dk.fremdrift.model.GoalArea;
import dk.fremdrift.model.Intervention;
import dk.fremdrift.model.Investigation;
import dk.fremdrift.model.PartId;
import java.util.List;
import java.util.Set;

/**
 * {@link Indicators#INTERVENTIONS_BY_CONCERN}: which interventions are chosen for which concerns. Each intervention
 * started in the period that a decision grants on the basis of an investigation ({@link Decision#basedOn()}) counts
 * once in each area of concern the investigation found; the breakdown by intervention kind makes the cross-table.
 */
final class InterventionsByConcern extends StandardIndicator {

    static final InterventionsByConcern INDICATOR = new InterventionsByConcern();

    private InterventionsByConcern() {
        super(IndicatorDefinition.builder(Indicators.INTERVENTIONS_BY_CONCERN, IndicatorKind.DISTRIBUTION)
                .name(LocalizedText.of("Indsatser efter bekymring", "Interventions by concern"))
                .description(LocalizedText.of(
                        "Hvilke indsatser der vælges for hvilke bekymringer: indsatser iværksat i perioden efter en"
                                + " afgørelse truffet på grundlag af en børnefaglig undersøgelse, fordelt på de"
                                + " bekymringsområder, undersøgelsen fandt, og på indsatstype.",
                        "Which interventions are chosen for which concerns: interventions started in the period"
                                + " after a decision made on the basis of a child-welfare investigation, by the areas"
                                + " of concern the investigation found and by intervention kind."))
                .legalBasis(ConcernTexts.INVESTIGATION_BASIS)
                .applies(APPLIES)
                .population(LocalizedText.of(
                        "Indsatser med startdato i rapportperioden, til og med asOf, som en bevilgende afgørelse med"
                                + " et grundlag (basedOn) i en undersøgelse med registrerede bekymringsområder"
                                + " bevilger. Tælles på startdatoen, én gang for hvert område.",
                        "Interventions with a start date in the reporting period, up to asOf, granted by a decision"
                                + " whose basis (basedOn) is an investigation with recorded areas of concern. Counted"
                                + " at the start date, once for each area."))
                .numerator(LocalizedText.of(
                        "Fordelt på bekymringsområde (GoalArea), brudt ned efter indsatstype. En indsats for to"
                                + " områder tælles i begge.",
                        "By area of concern (GoalArea), broken down by intervention kind. An intervention for two areas"
                                + " counts in both."))
                .exclusions(LocalizedText.of(
                        "Indsatser uden en bevilgende afgørelse, der angiver sit grundlag, og undersøgelser uden"
                                + " registrerede bekymringsområder.",
                        "Interventions without a granting decision that records its basis, and investigations without"
                                + " recorded areas of concern."))
                .censoring(
                        LocalizedText.of("Ingen: en iværksat indsats tælles.", "None: an intervention started counts."))
                .dimensions(Definitions.KIND_EVENT_DIMENSIONS)
                .categories(ConcernTexts.AREAS)
                .build());
    }

    @Override
    public void observe(CaseFacts facts, Observations out) {
        List<Intervention> interventions = facts.childCase().interventions();
        List<Investigation> investigations = facts.childCase().investigations();
        for (Decision d : facts.childCase().decisions()) {
            if (d.outcome() != DecisionOutcome.GRANTED || d.basedOn().isEmpty()) {
                continue;
            }
            Set<GoalArea> concerns = Set.of();
            for (int i = 0; i < investigations.size(); i++) {
                if (investigations.get(i).id().equals(d.basedOn().get())) {
                    concerns = investigations.get(i).concerns();
                }
            }
            for (PartId granted : d.grantedInterventions()) {
                for (int i = 0; i < interventions.size(); i++) {
                    Intervention iv = interventions.get(i);
                    if (iv.id().equals(granted) && facts.counts(iv.start())) {
                        for (GoalArea area : concerns) {
                            out.category(iv.start(), iv.kind(), area.name());
                        }
                    }
                }
            }
        }
    }
}
