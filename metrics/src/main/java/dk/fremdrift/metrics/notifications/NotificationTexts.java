package dk.fremdrift.metrics.notifications;

import dk.fremdrift.metrics.CaseFacts;
import dk.fremdrift.metrics.LocalizedText;
import dk.fremdrift.model.Notification;
import java.time.LocalDate;

/** What the notification indicators share: the population of the notifications received, and who is in it. */
final class NotificationTexts {

    /** The notifications received in the period. */
    static final LocalizedText RECEIVED_IN_PERIOD = LocalizedText.of(
            "Underretninger modtaget i rapportperioden (efter den danske dato for modtagelsen), til og med asOf.",
            "Notifications received in the reporting period (by the Danish date of receipt), up to asOf.");

    private NotificationTexts() {}

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
