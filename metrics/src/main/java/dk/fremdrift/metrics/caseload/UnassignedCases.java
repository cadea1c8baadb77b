package dk.fremdrift.metrics.caseload;

import static dk.fremdrift.metrics.internal.Definitions.APPLIES;
import static dk.fremdrift.metrics.internal.Definitions.NONE;
import static dk.fremdrift.metrics.internal.Definitions.NO_CENSORING_STOCK;
import static dk.fremdrift.metrics.internal.Definitions.OPEN_CASES;

import dk.fremdrift.metrics.CaseFacts;
import dk.fremdrift.metrics.Dimension;
import dk.fremdrift.metrics.IndicatorDefinition;
import dk.fremdrift.metrics.IndicatorKind;
import dk.fremdrift.metrics.Indicators;
import dk.fremdrift.metrics.LocalizedText;
import dk.fremdrift.metrics.Observations;
import dk.fremdrift.metrics.Outcome;
import dk.fremdrift.metrics.internal.StockIndicator;
import java.time.LocalDate;
import java.util.List;

/** {@link Indicators#OPEN_CASES_UNASSIGNED}: the share of open cases with no caseworker on asOf's date. */
final class UnassignedCases extends StockIndicator {

    static final UnassignedCases INDICATOR = new UnassignedCases();

    private UnassignedCases() {
        super(IndicatorDefinition.builder(Indicators.OPEN_CASES_UNASSIGNED, IndicatorKind.PROPORTION)
                .name(LocalizedText.of("Åbne sager uden sagsbehandler", "Open cases without a caseworker"))
                .description(LocalizedText.of(
                        "Andel af åbne sager, der ikke har en sagsbehandler på asOf's dato.",
                        "Share of open cases with no caseworker on asOf's date."))
                .applies(APPLIES)
                .population(OPEN_CASES)
                .numerator(LocalizedText.of(
                        "Dem uden en sagsbehandlertildeling, der gælder på asOf's dato.",
                        "Those with no caseworker assignment in force on asOf's date."))
                .exclusions(NONE)
                .censoring(NO_CENSORING_STOCK)
                .target(0.0)
                .dimensions(List.of(Dimension.AGE_BAND))
                .build());
    }

    @Override
    protected void observeOpen(CaseFacts facts, Observations out, LocalDate asOf) {
        boolean unassigned = facts.childCase().assignmentOn(asOf).isEmpty();
        out.judged(asOf, unassigned ? Outcome.MET : Outcome.NOT_MET);
    }
}
