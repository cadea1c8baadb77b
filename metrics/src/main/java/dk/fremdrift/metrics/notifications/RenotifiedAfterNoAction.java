package dk.fremdrift.metrics.notifications;

import static dk.fremdrift.metrics.internal.Definitions.BL;
import static dk.fremdrift.metrics.internal.Definitions.EVENT_DIMENSIONS;
import static dk.fremdrift.metrics.internal.Definitions.NONE;

import dk.fremdrift.metrics.CaseFacts;
import dk.fremdrift.metrics.IndicatorDefinition;
import dk.fremdrift.metrics.IndicatorKind;
import dk.fremdrift.metrics.Indicators;
import dk.fremdrift.metrics.LegalBasis;
import dk.fremdrift.metrics.LocalizedText;
import dk.fremdrift.metrics.Observations;
import dk.fremdrift.metrics.Outcome;
import dk.fremdrift.metrics.internal.StandardIndicator;
import dk.fremdrift.model.Law;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.model.Notification;
import dk.fremdrift.model.PartId;
import dk.fremdrift.model.Screening;
import dk.fremdrift.model.ScreeningOutcome;
import java.time.LocalDate;
import java.util.List;

/**
 * {@link Indicators#RENOTIFIED_AFTER_NO_ACTION_6M} and {@link Indicators#RENOTIFIED_AFTER_NO_ACTION_12M}: of the
 * notifications a screening ended with no action, those followed by a new notification about the same child within 6
 * or 12 months of the screening: a sign that a concern may have been sorted away too early.
 *
 * <p>A unit is counted once its whole window has passed, dated by the window's last day (the screening's date plus 6
 * or 12 months), which must lie in the period. Counting a unit earlier, as soon as a new notification came, would
 * favour the children heard of again: those not heard of could only be counted later. So a year's report shows the
 * screenings whose follow-up ended that year. A new notification counts if received on a Danish date after the
 * screening's and no later than the window's last day. Only notifications recorded on the same case are seen.
 */
final class RenotifiedAfterNoAction extends StandardIndicator {

    static final RenotifiedAfterNoAction SIX_MONTHS =
            new RenotifiedAfterNoAction(Indicators.RENOTIFIED_AFTER_NO_ACTION_6M, 6);

    static final RenotifiedAfterNoAction TWELVE_MONTHS =
            new RenotifiedAfterNoAction(Indicators.RENOTIFIED_AFTER_NO_ACTION_12M, 12);

    private final int months;

    private RenotifiedAfterNoAction(String id, int months) {
        super(IndicatorDefinition.builder(id, IndicatorKind.PROPORTION)
                .name(LocalizedText.of(
                        "Ny underretning inden for " + months + " måneder efter screening uden indsats",
                        "New notification within " + months + " months of a screening with no action"))
                .description(LocalizedText.of(
                        "Andel af de underretninger, en screening afsluttede uden indsats, hvor der kom"
                                + " en ny underretning om samme barn inden for " + months + " måneder: et tegn på,"
                                + " at en bekymring kan være sorteret fra for tidligt.",
                        "Share of the notifications a screening ended with no action that were"
                                + " followed by a new notification about the same child within " + months
                                + " months: a sign that a concern may have been sorted away too early."))
                .legalBasis(List.of(LegalBasis.of(LegalReference.of(Law.BARNETS_LOV, "18"), BL)))
                .applies(BL)
                .population(LocalizedText.of(
                        "Underretninger, hvis sortering er ingen indsats, hvor opfølgningen på " + months
                                + " måneder fra screeningens dato sluttede i rapportperioden (screeningens dato plus "
                                + months + " måneder ligger i perioden og senest på asOf's dato). "
                                + NotificationTexts.SORTING.da(),
                        "Notifications whose sorting is no action and whose follow-up of " + months
                                + " months from the screening's date ended in the reporting period (the screening's"
                                + " date plus " + months + " months lies in the period, on or before asOf's date). "
                                + NotificationTexts.SORTING.en()))
                .numerator(LocalizedText.of(
                        "Dem, hvor sagen har en anden underretning modtaget på en dato efter screeningens og senest"
                                + " samme dato " + months + " måneder senere. Underretninger, som ikke er"
                                + " registreret på sagen (fx i en anden kommune), ses ikke.",
                        "Those whose case has another notification received on a date after the screening's and no"
                                + " later than the same date " + months + " months later. Notifications not"
                                + " recorded on the case (in another municipality, say) are not seen."))
                .exclusions(NONE)
                .censoring(LocalizedText.of(
                        "Ingen: en underretning tælles først, når hele opfølgningen er gået, så et barn, der ikke"
                                + " kom en ny underretning om, tæller lige så tidligt som et, der gjorde.",
                        "None: a notification counts only once its whole follow-up has passed, so that a child"
                                + " not notified again counts as early as one who was."))
                .dimensions(EVENT_DIMENSIONS)
                .build());
        this.months = months;
    }

    @Override
    public void observe(CaseFacts facts, Observations out) {
        // From the screenings: few cases have one with no action whose window ends in the period, so most stop here.
        List<Screening> screenings = facts.childCase().screenings();
        for (int k = 0; k < screenings.size(); k++) {
            Screening s = screenings.get(k);
            if (s.outcome() != ScreeningOutcome.NO_ACTION || s.date().isAfter(facts.asOfDate())) {
                continue;
            }
            LocalDate last = s.date().plusMonths(months);
            if (!facts.counts(last)) {
                continue; // the window ends outside the period, or has not ended by asOf
            }
            List<PartId> ids = s.notificationIds();
            for (int j = 0; j < ids.size(); j++) {
                Notification n = notification(facts, ids.get(j));
                // Each notification once, and only where this screening is the one that sorted it.
                if (n != null && ids.indexOf(n.id()) == j && NotificationTexts.sortingOf(facts, n) == s) {
                    out.judged(last, renotified(facts, s.date(), last) ? Outcome.MET : Outcome.NOT_MET);
                }
            }
        }
    }

    private static Notification notification(CaseFacts facts, PartId id) {
        List<Notification> notifications = facts.childCase().notifications();
        for (int i = 0; i < notifications.size(); i++) {
            if (notifications.get(i).id().equals(id)) {
                return notifications.get(i);
            }
        }
        return null;
    }

    /** Whether the case has a notification received by asOf on a date after {@code after}, up to {@code last}. */
    private static boolean renotified(CaseFacts facts, LocalDate after, LocalDate last) {
        List<Notification> notifications = facts.childCase().notifications();
        for (int j = 0; j < notifications.size(); j++) {
            Notification other = notifications.get(j);
            if (!other.received().isAfter(facts.config().asOf())) {
                LocalDate day = facts.dateOf(other.received());
                if (day.isAfter(after) && !day.isAfter(last)) {
                    return true;
                }
            }
        }
        return false;
    }
}
