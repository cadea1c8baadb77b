package dk.fremdrift.metrics.notifications;

import dk.fremdrift.metrics.CaseFacts;
import dk.fremdrift.metrics.LocalizedText;
import dk.fremdrift.model.Notification;
import dk.fremdrift.model.Screening;
import java.time.LocalDate;
import java.util.List;

/** What the notification indicators share: the population of the notifications received, and who is in it. */
final class NotificationTexts {

    /** The notifications received in the period. */
    static final LocalizedText RECEIVED_IN_PERIOD = LocalizedText.of(
            "Underretninger modtaget i rapportperioden (efter den danske dato for modtagelsen), til og med asOf.",
            "Notifications received in the reporting period (by the Danish date of receipt), up to asOf.");

    /** The screening outcomes, as the sorting indicators describe them. */
    static final LocalizedText SORTING = LocalizedText.of(
            "En underretnings sortering er udfaldet af den seneste screening (barnets lov § 18), der omfatter den og er"
                    + " dateret senest asOf's dato: ingen indsats, afdækning eller børnefaglig undersøgelse.",
            "A notification's sorting is the outcome of the latest screening (barnets lov § 18) that covers it and is"
                    + " dated on or before asOf's date: no action, exploration or child-welfare investigation.");

    private NotificationTexts() {}

    /**
     * The screening that sorted a notification: the latest (by date, then by its place in the case) that lists it and
     * is dated on or before asOf's date; null if none does.
     */
    static Screening sortingOf(CaseFacts facts, Notification n) {
        List<Screening> screenings = facts.childCase().screenings();
        Screening latest = null;
        for (int i = 0; i < screenings.size(); i++) {
            Screening s = screenings.get(i);
            if (!s.date().isAfter(facts.asOfDate())
                    && (latest == null || !s.date().isBefore(latest.date()))
                    && s.notificationIds().contains(n.id())) {
                latest = s;
            }
        }
        return latest;
    }

    /**
     * The Danish date a notification was received on, if it counts: received not after asOf, on a day of the period;
     * else null.
     */
    static LocalDate countedOn(CaseFacts facts, Notification n) {
        if (n.received().isAfter(facts.config().asOf())) {
            return null;
        }
        LocalDate day = facts.dateOf(n.received());
        return facts.counts(day) ? day : null;
    }
}
