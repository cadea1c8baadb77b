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
import dk.fremdrift.metrics.Outcome;
import dk.fremdrift.metrics.internal.StandardIndicator;
import dk.fremdrift.model.Notification;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * {@link Indicators#REPEAT_NOTIFICATIONS_12M}: of the notifications received in the period, those that came at most
 * 12 months after an earlier one on the same case.
 */
final class RepeatNotifications extends StandardIndicator {

    static final RepeatNotifications INDICATOR = new RepeatNotifications();

    /** Seconds in a day. */
    private static final long DAY = 86_400;

    /** Moments between 1800 and 2500 (UTC), for which {@link #inYearBefore} may answer from the distance alone. */
    private static final long FIRST_SECOND = -5_364_662_400L;

    private static final long END_SECOND = 16_725_225_600L;

    private RepeatNotifications() {
        super(IndicatorDefinition.builder(Indicators.REPEAT_NOTIFICATIONS_12M, IndicatorKind.PROPORTION)
                .name(LocalizedText.of(
                        "Gentagne underretninger inden for 12 måneder", "Repeat notifications within 12 months"))
                .description(LocalizedText.of(
                        "Andel af periodens underretninger, der kom inden for 12 måneder efter en tidligere"
                                + " underretning om samme barn.",
                        "Share of the period's notifications that came within 12 months of an earlier notification"
                                + " about the same child."))
                .applies(APPLIES)
                .population(NotificationTexts.RECEIVED_IN_PERIOD)
                .numerator(LocalizedText.of(
                        "Dem, hvor samme sag har en anden underretning modtaget før, tidligst 12 måneder før"
                                + " (modtaget på eller efter tidspunktet 12 måneder før og før denne). Underretninger,"
                                + " som ikke er registreret på sagen (fx i en anden kommune), ses ikke.",
                        "Those where the same case has another notification received before it, at most 12 months"
                                + " before (received at or after the moment 12 months before, and before this one)."
                                + " Notifications not recorded on the case (in another municipality, say) are not"
                                + " seen."))
                .exclusions(NONE)
                .censoring(LocalizedText.of(
                        "Ingen: der ses tilbage i tid, så hver underretning kan bedømmes ved modtagelsen.",
                        "None: the look is backward, so every notification can be judged when received."))
                .dimensions(EVENT_DIMENSIONS)
                .build());
    }

    @Override
    public void observe(CaseFacts facts, Observations out) {
        List<Notification> notifications = facts.childCase().notifications();
        ZoneId zone = facts.config().zone();
        for (int i = 0; i < notifications.size(); i++) {
            Notification n = notifications.get(i);
            LocalDate day = NotificationTexts.countedOn(facts, n);
            if (day == null) {
                continue;
            }
            boolean repeat = false;
            for (int j = 0; j < notifications.size() && !repeat; j++) {
                Instant other = notifications.get(j).received();
                repeat = other.isBefore(n.received()) && inYearBefore(other, n.received(), zone);
            }
            out.judged(day, repeat ? Outcome.MET : Outcome.NOT_MET);
        }
    }

    /**
     * Tells whether a moment is not before the moment 12 months before another in a zone: {@code
     * !earlier.isBefore(later.atZone(zone).minusMonths(12).toInstant())}, worked out only when the two are about a
     * year apart. Twelve months back is 365 or 366 days of local time, and the zone's offsets at the two ends differ
     * by at most 36 hours (offsets lie within ±18 hours), so the moment 12 months before lies between 363.5 and 367.5
     * days before: a moment less than 363 days before is in the year, one more than 368 days before is not.
     */
    static boolean inYearBefore(Instant earlier, Instant later, ZoneId zone) {
        long a = earlier.getEpochSecond();
        long b = later.getEpochSecond();
        if (a >= FIRST_SECOND && b < END_SECOND) {
            long distance = b - a;
            if (distance < 363 * DAY) {
                return true;
            }
            if (distance > 368 * DAY + 1) {
                return false;
            }
        }
        return !earlier.isBefore(later.atZone(zone).minusMonths(12).toInstant());
    }
}
