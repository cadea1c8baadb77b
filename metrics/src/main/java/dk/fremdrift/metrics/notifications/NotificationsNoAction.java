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
 * {@link Indicators#NOTIFICATIONS_NO_ACTION}: of the notifications received in the period and sorted by a screening,
 * those the screening ended with no action. A notification no screening lists is left out and counted apart: not
 * screened yet, or sent straight on without a screening. Screening is a step of barnets lov, so the indicator applies
 * from 2024.
 */
final class NotificationsNoAction extends StandardIndicator {

    static final NotificationsNoAction INDICATOR = new NotificationsNoAction();

    private NotificationsNoAction() {
        super(IndicatorDefinition.builder(Indicators.NOTIFICATIONS_NO_ACTION, IndicatorKind.PROPORTION)
                .name(LocalizedText.of("Underretninger uden indsats", "Notifications ending with no action"))
                .description(LocalizedText.of(
                        "Andel af periodens screenede underretninger, som screeningen afsluttede uden indsats. En høj"
                                + " andel er ikke i sig selv et problem; se den sammen med nye underretninger om"
                                + " de samme børn.",
                        "Share of the period's screened notifications that the screening ended with no action. A"
                                + " high share is not a problem in itself; read it with new notifications about"
                                + " the same children."))
                .legalBasis(List.of(LegalBasis.of(LegalReference.of(Law.BARNETS_LOV, "18"), BL)))
                .applies(BL)
                .population(LocalizedText.of(
                        "Underretninger modtaget i rapportperioden (efter den danske dato for modtagelsen), til og"
                                + " med asOf, som en screening omfatter. "
                                + NotificationTexts.SORTING.da(),
                        "Notifications received in the reporting period (by the Danish date of receipt), up to"
                                + " asOf, that a screening covers. "
                                + NotificationTexts.SORTING.en()))
                .numerator(
                        LocalizedText.of("Dem, hvis sortering er ingen indsats.", "Those whose sorting is no action."))
                .exclusions(LocalizedText.of(
                        "Underretninger, som ingen screening omfatter ved asOf: endnu ikke screenet, eller sendt"
                                + " direkte videre uden screening. De tælles for sig.",
                        "Notifications no screening covers at asOf: not screened yet, or sent straight on without"
                                + " a screening. They are counted apart."))
                .censoring(LocalizedText.of(
                        "Ingen: en underretning uden screening tælles som udeladt.",
                        "None: a notification without a screening counts as left out."))
                .dimensions(EVENT_DIMENSIONS)
                .build());
    }

    @Override
    public void observe(CaseFacts facts, Observations out) {
        List<Notification> notifications = facts.childCase().notifications();
        for (int i = 0; i < notifications.size(); i++) {
            Notification n = notifications.get(i);
            LocalDate day = NotificationTexts.countedOn(facts, n);
            if (day == null) {
                continue;
            }
            Screening s = NotificationTexts.sortingOf(facts, n);
            out.judged(
                    day,
                    s == null
                            ? Outcome.EXCLUDED
                            : s.outcome() == ScreeningOutcome.NO_ACTION ? Outcome.MET : Outcome.NOT_MET);
        }
    }
}
