package dk.fremdrift.metrics.management;

import static dk.fremdrift.metrics.internal.Definitions.APPLIES;
import static dk.fremdrift.metrics.internal.Definitions.NONE;
import static dk.fremdrift.metrics.internal.Definitions.NO_CENSORING_STOCK;
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
import dk.fremdrift.model.Notification;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@link Indicators#MANAGEMENT_REVIEW_SERIOUS_COVERAGE}: the share of open cases with a serious notification in the
 * last 12 months that a leader has reviewed since. Good practice, not statute, so it cites no provision.
 */
final class SeriousReviewCoverage extends StockIndicator {

    static final SeriousReviewCoverage INDICATOR = new SeriousReviewCoverage();

    private SeriousReviewCoverage() {
        super(IndicatorDefinition.builder(Indicators.MANAGEMENT_REVIEW_SERIOUS_COVERAGE, IndicatorKind.PROPORTION)
                .name(LocalizedText.of(
                        "Ledelsestilsyn efter alvorlig underretning", "Management review after a serious notification"))
                .description(LocalizedText.of(
                        "Andel af åbne sager med en alvorlig underretning inden for 12 måneder, som en leder har"
                                + " gennemgået siden.",
                        "Share of open cases with a serious notification in the last 12 months that a leader has"
                                + " reviewed since."))
                .applies(APPLIES)
                .population(LocalizedText.of(
                        "Sager, der er åbne på asOf's dato, med en underretning modtaget efter asOf minus 12 måneder og"
                                + " senest asOf, hvis vurdering (senest asOf) fandt barnet i fare eller akut behov"
                                + " (ENDANGERED, ACUTE_ACTION_NEEDED).",
                        "Cases open on asOf's date with a notification received after asOf minus 12 months and by"
                                + " asOf whose assessment (by asOf) found the child endangered or in acute need"
                                + " (ENDANGERED, ACUTE_ACTION_NEEDED)."))
                .numerator(LocalizedText.of(
                        "Dem med et ledelsestilsyn dateret på eller efter modtagelsesdatoen for den tidligste sådanne"
                                + " underretning og senest asOf's dato.",
                        "Those with a management review dated on or after the date of receipt of the earliest such"
                                + " notification and on or before asOf's date."))
                .exclusions(NONE)
                .censoring(NO_CENSORING_STOCK)
                .target(1.0)
                .dimensions(STOCK_DIMENSIONS)
                .build());
    }

    @Override
    protected void observeOpen(CaseFacts facts, Observations out, LocalDate asOf) {
        Instant asOfMoment = facts.config().asOf();
        LocalDate yearBefore = asOf.minusMonths(12);
        LocalDate serious = null;
        for (Notification n : facts.childCase().notifications()) {
            boolean seriousAssessment = n.assessment().isPresent()
                    && !n.assessment().get().assessed().isAfter(asOfMoment)
                    && n.assessment().get().outcome().isSerious();
            if (!seriousAssessment || n.received().isAfter(asOfMoment)) {
                continue;
            }
            LocalDate day = facts.dateOf(n.received());
            if (day.isAfter(yearBefore) && (serious == null || day.isBefore(serious))) {
                serious = day;
            }
        }
        if (serious == null) {
            return;
        }
        List<ManagementReview> reviews = facts.childCase().managementReviews();
        boolean reviewedSince = false;
        for (int i = 0; i < reviews.size() && !reviewedSince; i++) {
            LocalDate d = reviews.get(i).date();
            reviewedSince = !d.isBefore(serious) && !d.isAfter(asOf);
        }
        out.judged(asOf, reviewedSince ? Outcome.MET : Outcome.NOT_MET);
    }
}
