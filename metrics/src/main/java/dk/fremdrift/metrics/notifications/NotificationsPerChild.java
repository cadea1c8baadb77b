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

/**
 * {@link Indicators#NOTIFICATIONS_PER_CHILD}: per case with a notification in the period, the number of its
 * notifications in the period, placed by the first of them. A mean of counts: the notifications are shown beside the
 * children.
 */
final class NotificationsPerChild extends StandardIndicator {

    static final NotificationsPerChild INDICATOR = new NotificationsPerChild();

    private NotificationsPerChild() {
        super(IndicatorDefinition.builder(Indicators.NOTIFICATIONS_PER_CHILD, IndicatorKind.MEAN)
                .name(LocalizedText.of("Underretninger pr. barn", "Notifications per child"))
                .description(LocalizedText.of(
                        "Gennemsnitligt antal underretninger pr. barn, der fik mindst én underretning i perioden.",
                        "The mean number of notifications per child notified at least once in the period."))
                .applies(APPLIES)
                .population(LocalizedText.of(
                        "Børn (sager) med mindst én underretning modtaget i rapportperioden, til og med asOf. Et barn"
                                + " med flere sager tælles én gang pr. sag.",
                        "Children (cases) with at least one notification received in the reporting period, up to"
                                + " asOf. A child with more than one case counts once per case."))
                .numerator(LocalizedText.of(
                        "Deres underretninger modtaget i perioden; gennemsnit = underretninger / børn. I opdelingerne"
                                + " placeres barnet med alle sine underretninger i perioden efter sin første"
                                + " underretning i perioden (team, sagsbehandler, alder og måned for den).",
                        "Their notifications received in the period; mean = notifications / children. Breakdowns"
                                + " place each child, with all its notifications in the period, by its first"
                                + " notification in the period (the team, caseworker, age and month of that one)."))
                .exclusions(NONE)
                .censoring(NONE)
                .dimensions(EVENT_DIMENSIONS)
                .build());
    }

    @Override
    public boolean meanOfCounts() {
        return true;
    }

    @Override
    public void observe(CaseFacts facts, Observations out) {
        List<Notification> notifications = facts.childCase().notifications();
        Notification first = null;
        LocalDate firstDay = null;
        long inPeriod = 0;
        for (int i = 0; i < notifications.size(); i++) {
            Notification n = notifications.get(i);
            LocalDate day = NotificationTexts.countedOn(facts, n);
            if (day == null) {
                continue;
            }
            inPeriod++;
            if (first == null || n.received().isBefore(first.received())) {
                first = n;
                firstDay = day;
            }
        }
        if (first != null) {
            out.countOf(firstDay, inPeriod);
        }
    }
}
