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
import java.util.Optional;

/** {@link Indicators#OPEN_CASES_UNASSIGNED}: the share of open cases with no caseworker on asOf's date. */
final class UnassignedCases extends StockIndicator {

    static final UnassignedCases INDICATOR = new UnassignedCases();

    private UnassignedCases() {
        super(new IndicatorDefinition(
                Indicators.OPEN_CASES_UNASSIGNED,
                IndicatorKind.PROPORTION,
                LocalizedText.of("Åbne sager uden sagsbehandler", "Open cases without a caseworker"),
                LocalizedText.of(
                        "Andel af åbne sager, der ikke har en sagsbehandler på asOf's dato.",
                        "Share of open cases with no caseworker on asOf's date."),
                List.of(),
                APPLIES,
                OPEN_CASES,
                LocalizedText.of(
                        "Dem uden en sagsbehandlertildeling, der gælder på asOf's dato.",
                        "Those with no caseworker assignment in force on asOf's date."),
                NONE,
                NO_CENSORING_STOCK,
                Optional.of(0.0),
                Optional.empty(),
                List.of(Dimension.AGE_BAND),
                List.of()));
    }

    @Override
    protected void observeOpen(CaseFacts facts, Observations out, LocalDate asOf) {
        boolean unassigned = facts.childCase().assignmentOn(asOf).isEmpty();
        out.judged(asOf, unassigned ? Outcome.MET : Outcome.NOT_MET);
    }
}
