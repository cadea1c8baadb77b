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
 * notifications a screening in the period ended with no action, those followed by a new notification about the same
 * child within 6 or 12 months of the screening: a sign that a concern may have been sorted away too early.
 *
 * <p>The unit is dated by the screening. A new notification counts if received on a Danish date after the screening's
 * and no later than the same date 6 or 12 months later, and not after asOf. Until that window has passed by asOf's
 * date without a new notification, the unit is too recent to judge (right-censored). Only notifications recorded on
 * the same case are seen.
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
                        "Andel af de underretninger, en screening i perioden afsluttede uden indsats, hvor der kom"
                                + " en ny underretning om samme barn inden for " + months + " måneder: et tegn på,"
                                + " at en bekymring kan være sorteret fra for tidligt.",
                        "Share of the notifications a screening in the period ended with no action that were"
                                + " followed by a new notification about the same child within " + months
                                + " months: a sign that a concern may have been sorted away too early."))
                .legalBasis(List.of(LegalBasis.of(LegalReference.of(Law.BARNETS_LOV, "18"), BL)))
                .applies(BL)
                .population(LocalizedText.of(
                        "Underretninger, hvis sortering er ingen indsats, efter en screening dateret i"
                                + " rapportperioden og senest asOf's dato. "
                                + NotificationTexts.SORTING.da(),
                        "Notifications whose sorting is no action, by a screening dated in the reporting period"
                                + " and on or before asOf's date. "
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
                        "Uden ny underretning, før " + months + " måneder efter screeningen er gået ved asOf's"
                                + " dato: for nye til at bedømme.",
                        "Without a new notification before " + months + " months after the screening have passed"
                                + " on asOf's date: too recent to judge."))
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
            if (s == null || s.outcome() != ScreeningOutcome.NO_ACTION || !facts.counts(s.date())) {
                continue;
            }
            LocalDate last = s.date().plusMonths(months);
            boolean renotified = false;
            for (int j = 0; j < notifications.size() && !renotified; j++) {
                Notification other = notifications.get(j);
                if (!other.received().isAfter(facts.config().asOf())) {
                    LocalDate day = facts.dateOf(other.received());
                    renotified = day.isAfter(s.date()) && !day.isAfter(last);
                }
            }
            out.judged(
                    s.date(),
                    renotified ? Outcome.MET : last.isBefore(facts.asOfDate()) ? Outcome.NOT_MET : Outcome.CENSORED);
        }
    }
}
