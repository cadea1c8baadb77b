package dk.fremdrift.metrics.notifications;

import static dk.fremdrift.metrics.internal.Definitions.BL;
import static dk.fremdrift.metrics.internal.Definitions.EVENT_DIMENSIONS;

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
                .exclusions(LocalizedText.of("Ingen.", "None."))
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
        List<Notification> notifications = facts.childCase().notifications();
        for (int i = 0; i < notifications.size(); i++) {
            Notification n = notifications.get(i);
            Screening s = NotificationTexts.sortingOf(facts, n);
            if (s == null || s.outcome() != ScreeningOutcome.NO_ACTION) {
                continue;
            }
            LocalDate last = s.date().plusMonths(months);
            if (!facts.counts(last)) {
                continue; // the window ends outside the period, or has not ended by asOf
            }
            boolean renotified = false;
            for (int j = 0; j < notifications.size() && !renotified; j++) {
                Notification other = notifications.get(j);
                if (!other.received().isAfter(facts.config().asOf())) {
                    LocalDate day = facts.dateOf(other.received());
                    renotified = day.isAfter(s.date()) && !day.isAfter(last);
                }
            }
            out.judged(last, renotified ? Outcome.MET : Outcome.NOT_MET);
        }
    }
}
