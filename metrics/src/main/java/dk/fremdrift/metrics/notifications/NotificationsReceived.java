package dk.fremdrift.metrics.notifications;

import static dk.fremdrift.metrics.internal.Definitions.APPLIES;
import static dk.fremdrift.metrics.internal.Definitions.EVENT_DIMENSIONS;
import static dk.fremdrift.metrics.internal.Definitions.NONE;

import dk.fremdrift.metrics.CaseFacts;
import dk.fremdrift.metrics.IndicatorDefinition;
import dk.fremdrift.metrics.IndicatorKind;
import dk.fremdrift.metrics.Indicators;
import dk.fremdrift.metrics.LocalizedText;
import dk.fremdrift.metrics.Observations;
import dk.fremdrift.metrics.internal.StandardIndicator;
import dk.fremdrift.model.Notification;
import java.time.LocalDate;
import java.util.List;

/** {@link Indicators#NOTIFICATIONS_RECEIVED}: the notifications received in the period, by the date of receipt. */
final class NotificationsReceived extends StandardIndicator {

    static final NotificationsReceived INDICATOR = new NotificationsReceived();

    private NotificationsReceived() {
        super(IndicatorDefinition.builder(Indicators.NOTIFICATIONS_RECEIVED, IndicatorKind.COUNT)
                .name(LocalizedText.of("Modtagne underretninger", "Notifications received"))
                .description(LocalizedText.of(
                        "Antal underretninger modtaget i rapportperioden.",
                        "The number of notifications of concern received in the reporting period."))
                .applies(APPLIES)
                .population(NotificationTexts.RECEIVED_IN_PERIOD)
                .numerator(LocalizedText.of("Antallet af dem.", "Their number."))
                .exclusions(NONE)
                .censoring(LocalizedText.of(
                        "Ingen: en modtaget underretning tælles.", "None: a notification received counts."))
                .dimensions(EVENT_DIMENSIONS)
                .build());
    }

    @Override
    public void observe(CaseFacts facts, Observations out) {
        List<Notification> notifications = facts.childCase().notifications();
        for (int i = 0; i < notifications.size(); i++) {
            LocalDate day = NotificationTexts.countedOn(facts, notifications.get(i));
            if (day != null) {
                out.count(day);
            }
        }
    }
}
