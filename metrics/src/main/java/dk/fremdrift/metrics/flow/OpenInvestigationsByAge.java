package dk.fremdrift.metrics.flow;

import static dk.fremdrift.metrics.internal.Definitions.APPLIES;
import static dk.fremdrift.metrics.internal.Definitions.NO_CENSORING_STOCK;
import static dk.fremdrift.metrics.internal.Definitions.STOCK_DIMENSIONS;

import dk.fremdrift.metrics.CaseFacts;
import dk.fremdrift.metrics.IndicatorDefinition;
import dk.fremdrift.metrics.IndicatorKind;
import dk.fremdrift.metrics.Indicators;
import dk.fremdrift.metrics.LocalizedText;
import dk.fremdrift.metrics.Observations;
import dk.fremdrift.metrics.internal.StockIndicator;
import dk.fremdrift.metrics.timeliness.TimelinessIndicators;
import dk.fremdrift.model.Investigation;
import java.time.LocalDate;
import java.time.Period;

/** {@link Indicators#OPEN_INVESTIGATIONS_BY_AGE}: the open cases' unfinished child-welfare investigations by the months since awareness. */
final class OpenInvestigationsByAge extends StockIndicator {

    static final OpenInvestigationsByAge INDICATOR = new OpenInvestigationsByAge();

    private OpenInvestigationsByAge() {
        super(IndicatorDefinition.builder(Indicators.OPEN_INVESTIGATIONS_BY_AGE, IndicatorKind.DISTRIBUTION)
                .name(LocalizedText.of("Igangværende undersøgelser efter alder", "Open investigations by age"))
                .description(LocalizedText.of(
                        "Børnefaglige undersøgelser, der ikke er afsluttet på asOf's dato, efter hvor mange måneder"
                                + " der er gået siden kendskabsdatoen.",
                        "Child-welfare investigations not finished on asOf's date, by the months passed since the"
                                + " awareness date."))
                .legalBasis(TimelinessIndicators.INVESTIGATION_4M_ON_TIME
                        .definition()
                        .legalBasis())
                .applies(APPLIES)
                .population(LocalizedText.of(
                        "Undersøgelser med kendskabsdato senest asOf's dato og ingen afslutningsdato senest den dag, i"
                                + " sager der er åbne på asOf's dato.",
                        "Investigations with an awareness date on or before asOf's date and no completion date on or"
                                + " before it, in cases open on asOf's date."))
                .numerator(LocalizedText.of(
                        "Fordelt efter hele kalendermåneder fra kendskabsdatoen til asOf's dato (samme dato i"
                                + " måneden): 0-1 (under 1), 1-2, 2-3, 3-4, 4+ (4 måneder eller mere: på eller efter"
                                + " fristen).",
                        "By whole calendar months from the awareness date to asOf's date (same date of the month):"
                                + " 0-1 (under 1), 1-2, 2-3, 3-4, 4+ (4 months or more: at or past the deadline)."))
                .exclusions(LocalizedText.of(
                        "Undersøgelser i sager, der er lukket på asOf's dato.",
                        "Investigations in cases closed on asOf's date."))
                .censoring(NO_CENSORING_STOCK)
                .dimensions(STOCK_DIMENSIONS)
                .categories(Indicators.INVESTIGATION_AGE_CATEGORIES)
                .build());
    }

    @Override
    protected void observeOpen(CaseFacts facts, Observations out, LocalDate asOf) {
        for (Investigation inv : facts.childCase().investigations()) {
            boolean open = inv.completed().isEmpty() || inv.completed().get().isAfter(asOf);
            if (inv.awareOn().isAfter(asOf) || !open) {
                continue;
            }
            long months = Period.between(inv.awareOn(), asOf).toTotalMonths();
            out.category(asOf, Indicators.INVESTIGATION_AGE_CATEGORIES.get((int) Math.min(months, 4)));
        }
    }
}
