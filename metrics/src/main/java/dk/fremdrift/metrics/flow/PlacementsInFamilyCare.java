package dk.fremdrift.metrics.flow;

import static dk.fremdrift.metrics.internal.Definitions.APPLIES;
import static dk.fremdrift.metrics.internal.Definitions.NONE;
import static dk.fremdrift.metrics.internal.Definitions.NO_CENSORING_STOCK;

import dk.fremdrift.metrics.CaseFacts;
import dk.fremdrift.metrics.Dimension;
import dk.fremdrift.metrics.IndicatorDefinition;
import dk.fremdrift.metrics.IndicatorKind;
import dk.fremdrift.metrics.Indicators;
import dk.fremdrift.metrics.LocalizedText;
import dk.fremdrift.metrics.Observations;
import dk.fremdrift.metrics.Outcome;
import dk.fremdrift.metrics.internal.StockIndicator;
import dk.fremdrift.model.Intervention;
import dk.fremdrift.model.InterventionKind;
import java.time.LocalDate;
import java.util.List;

/**
 * {@link Indicators#PLACEMENTS_IN_FAMILY_CARE}: of the placements active at asOf, the share in a kinship foster family
 * or a foster family rather than an institution, a residential home, an own room or a boarding school. A service-level
 * figure many municipalities set a target for; the law sets none, so the definition cites no provision.
 */
final class PlacementsInFamilyCare extends StockIndicator {

    static final PlacementsInFamilyCare INDICATOR = new PlacementsInFamilyCare();

    private PlacementsInFamilyCare() {
        super(IndicatorDefinition.builder(Indicators.PLACEMENTS_IN_FAMILY_CARE, IndicatorKind.PROPORTION)
                .name(LocalizedText.of("Anbringelser i familiepleje", "Placements in family care"))
                .description(LocalizedText.of(
                        "Andel af de anbringelser, der er aktive på asOf's dato, som er i netværkspleje eller"
                                + " plejefamilie. Loven sætter ingen andel; kommunen kan sætte sit eget mål i sit"
                                + " serviceniveau.",
                        "Share of the placements active on asOf's date that are in kinship foster care or foster"
                                + " care. The law sets no share; a municipality may set its own target in its service"
                                + " level."))
                .applies(APPLIES)
                .population(LocalizedText.of(
                        "Anbringelser (indsatser af en anbringelsestype) aktive på asOf's dato, i sager der er åbne den"
                                + " dag.",
                        "Placements (interventions of a placement kind) active on asOf's date, in cases open that"
                                + " day."))
                .numerator(LocalizedText.of(
                        "Dem i netværksplejefamilie eller plejefamilie.",
                        "Those in kinship foster care or foster care."))
                .exclusions(NONE)
                .censoring(NO_CENSORING_STOCK)
                .dimensions(
                        List.of(Dimension.TEAM, Dimension.CASEWORKER, Dimension.AGE_BAND, Dimension.INTERVENTION_KIND))
                .build());
    }

    /** Whether a placement is in family care: kinship foster care or foster care. */
    static boolean isFamilyCare(InterventionKind kind) {
        return kind == InterventionKind.KINSHIP_FOSTER_CARE || kind == InterventionKind.FOSTER_CARE;
    }

    @Override
    protected void observeOpen(CaseFacts facts, Observations out, LocalDate asOf) {
        for (Intervention iv : facts.childCase().interventions()) {
            if (iv.kind().isPlacement() && iv.isActiveOn(asOf)) {
                out.judged(asOf, iv.kind(), isFamilyCare(iv.kind()) ? Outcome.MET : Outcome.NOT_MET);
            }
        }
    }
}
