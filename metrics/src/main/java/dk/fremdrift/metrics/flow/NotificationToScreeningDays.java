package dk.fremdrift.metrics.flow;

import static dk.fremdrift.metrics.internal.Definitions.BL;
import static dk.fremdrift.metrics.internal.Definitions.EVENT_DIMENSIONS;

import dk.fremdrift.metrics.CaseFacts;
import dk.fremdrift.metrics.IndicatorDefinition;
import dk.fremdrift.metrics.IndicatorKind;
import dk.fremdrift.metrics.Indicators;
import dk.fremdrift.metrics.LegalBasis;
import dk.fremdrift.metrics.LocalizedText;
import dk.fremdrift.metrics.Observations;
import dk.fremdrift.metrics.internal.StandardIndicator;
import dk.fremdrift.model.Law;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.model.Notification;
import dk.fremdrift.model.Screening;
import java.time.LocalDate;
import java.util.List;

/**
 * {@link Indicators#NOTIFICATION_TO_SCREENING_DAYS}: the days from a notification to the first screening that lists it.
 * Screening is a step of barnets lov (§ 18), which sets no deadline for it; the indicator applies from 2024.
 */
final class NotificationToScreeningDays extends StandardIndicator {

    static final NotificationToScreeningDays INDICATOR = new NotificationToScreeningDays();

    private NotificationToScreeningDays() {
        super(IndicatorDefinition.builder(Indicators.NOTIFICATION_TO_SCREENING_DAYS, IndicatorKind.DAYS)
                .name(LocalizedText.of("Dage fra underretning til screening", "Days from notification to screening"))
                .description(LocalizedText.of(
                        "Median og 90-procent-fraktil af dagene fra en underretning til den første screening, der"
                                + " omfatter den. Loven sætter ingen frist.",
                        "The median and 90th percentile of the days from a notification to the first screening that"
                                + " covers it. The law sets no deadline."))
                .legalBasis(List.of(LegalBasis.of(LegalReference.of(Law.BARNETS_LOV, "18"), BL)))
                .applies(BL)
                .population(LocalizedText.of(
                        "Underretninger modtaget i rapportperioden (efter den danske dato), til og med asOf; dage ="
                                + " datoen for den første screening, der omfatter underretningen, minus datoen for"
                                + " modtagelsen.",
                        "Notifications received in the reporting period (by the Danish date), up to asOf; days = the"
                                + " date of the first screening that covers the notification minus the date of"
                                + " receipt."))
                .numerator(StepTexts.DAYS_PERCENTILES)
                .exclusions(LocalizedText.of(
                        "Underretninger i sager, der er lukket ved asOf uden en screening, der omfatter dem; de tælles"
                                + " for sig.",
                        "Notifications in cases closed at asOf without a screening that covers them; counted"
                                + " apart."))
                .censoring(StepTexts.DAYS_CENSORING)
                .dimensions(EVENT_DIMENSIONS)
                .build());
    }

    @Override
    public void observe(CaseFacts facts, Observations out) {
        List<Screening> screenings = facts.childCase().screenings();
        for (Notification n : facts.childCase().notifications()) {
            LocalDate received = facts.dateOf(n.received());
            if (!facts.counts(received)) {
                continue;
            }
            LocalDate first = null;
            for (int i = 0; i < screenings.size(); i++) {
                Screening s = screenings.get(i);
                if (s.notificationIds().contains(n.id())
                        && (first == null || s.date().isBefore(first))) {
                    first = s.date();
                }
            }
            StepTexts.daysBetween(facts, out, received, first);
        }
    }
}
