package dk.fremdrift.metrics.management;

import static dk.fremdrift.metrics.internal.Definitions.APPLIES;
import static dk.fremdrift.metrics.internal.Definitions.NONE;
import static dk.fremdrift.metrics.internal.Definitions.NO_CENSORING_STOCK;
import static dk.fremdrift.metrics.internal.Definitions.OPEN_CASES;
import static dk.fremdrift.metrics.internal.Definitions.STOCK_DIMENSIONS;

import dk.fremdrift.metrics.CaseFacts;
import dk.fremdrift.metrics.IndicatorDefinition;
import dk.fremdrift.metrics.IndicatorKind;
import dk.fremdrift.metrics.Indicators;
import dk.fremdrift.metrics.LocalizedText;
import dk.fremdrift.metrics.Observations;
import dk.fremdrift.metrics.Outcome;
import dk.fremdrift.metrics.internal.StockIndicator;
import dk.fremdrift.model.ManagementReview;
import java.time.LocalDate;
import java.util.List;

/**
 * {@link Indicators#MANAGEMENT_REVIEW_COVERAGE}: the share of open cases a leader has reviewed in the last 12 months.
 * Good practice of the municipal models, not statute, so it cites no provision.
 */
final class ManagementReviewCoverage extends StockIndicator {

    static final ManagementReviewCoverage INDICATOR = new ManagementReviewCoverage();

    private ManagementReviewCoverage() {
        super(IndicatorDefinition.builder(Indicators.MANAGEMENT_REVIEW_COVERAGE, IndicatorKind.PROPORTION)
                .name(LocalizedText.of("Ledelsestilsyn inden for 12 måneder", "Management review within 12 months"))
                .description(LocalizedText.of(
                        "Andel af åbne sager, hvor en leder har gennemgået sagen (ledelsestilsyn) inden for de"
                                + " seneste 12 måneder.",
                        "Share of open cases a leader has reviewed (ledelsestilsyn) in the last 12 months."))
                .applies(APPLIES)
                .population(OPEN_CASES)
                .numerator(LocalizedText.of(
                        "Dem med et ledelsestilsyn dateret efter asOf's dato minus 12 måneder og senest asOf's dato.",
                        "Those with a management review dated after asOf's date minus 12 months and on or before"
                                + " asOf's date."))
                .exclusions(NONE)
                .censoring(NO_CENSORING_STOCK)
                .target(1.0)
                .dimensions(STOCK_DIMENSIONS)
                .build());
    }

    @Override
    protected void observeOpen(CaseFacts facts, Observations out, LocalDate asOf) {
        LocalDate yearBefore = asOf.minusMonths(12);
        List<ManagementReview> reviews = facts.childCase().managementReviews();
        boolean reviewed = false;
        for (int i = 0; i < reviews.size() && !reviewed; i++) {
            LocalDate d = reviews.get(i).date();
            reviewed = d.isAfter(yearBefore) && !d.isAfter(asOf);
        }
        out.judged(asOf, reviewed ? Outcome.MET : Outcome.NOT_MET);
    }
}
