package dk.fremdrift.metrics.notifications;

import static dk.fremdrift.metrics.internal.Definitions.APPLIES;
import static dk.fremdrift.metrics.internal.Definitions.BL;
import static dk.fremdrift.metrics.internal.Definitions.EVENT_DIMENSIONS;
import static dk.fremdrift.metrics.internal.Definitions.NONE;
import static dk.fremdrift.metrics.internal.Definitions.SEL;

import dk.fremdrift.metrics.CaseFacts;
import dk.fremdrift.metrics.IndicatorDefinition;
import dk.fremdrift.metrics.IndicatorKind;
import dk.fremdrift.metrics.Indicators;
import dk.fremdrift.metrics.LegalBasis;
import dk.fremdrift.metrics.LocalizedText;
import dk.fremdrift.metrics.Observations;
import dk.fremdrift.metrics.Outcome;
import dk.fremdrift.metrics.internal.StandardIndicator;
import dk.fremdrift.model.Intervention;
import dk.fremdrift.model.Law;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.model.Notification;
import java.time.LocalDate;
import java.util.List;

/**
 * {@link Indicators#NOTIFICATIONS_ABOUT_SUPPORTED}: of the notifications received in the period, those about a child
 * who had support or a placement on the day of receipt, which the municipality must reassess (barnets lov § 137;
 * serviceloven § 155 a until 2023).
 */
final class NotificationsAboutSupported extends StandardIndicator {

    static final NotificationsAboutSupported INDICATOR = new NotificationsAboutSupported();

    private NotificationsAboutSupported() {
        super(IndicatorDefinition.builder(Indicators.NOTIFICATIONS_ABOUT_SUPPORTED, IndicatorKind.PROPORTION)
                .name(LocalizedText.of(
                        "Underretninger om børn med støtte", "Notifications about children with support"))
                .description(LocalizedText.of(
                        "Andel af periodens underretninger om et barn, der havde en indsats eller var anbragt, da"
                                + " underretningen kom. De skal vurderes igen af en, der ikke tidligere har været"
                                + " involveret i sagen.",
                        "Share of the period's notifications about a child who had support or a placement when the"
                                + " notification came. They must be reassessed by someone not involved in the case"
                                + " before."))
                .legalBasis(List.of(
                        LegalBasis.of(LegalReference.of(Law.SERVICELOVEN, "155 a"), SEL),
                        LegalBasis.of(LegalReference.of(Law.BARNETS_LOV, "137"), BL)))
                .applies(APPLIES)
                .population(NotificationTexts.RECEIVED_IN_PERIOD)
                .numerator(LocalizedText.of(
                        "Dem, hvor sagen havde en indsats, der var begyndt før den danske dato for modtagelsen og"
                                + " stadig var i gang den dag.",
                        "Those whose case had an intervention that started before the Danish date of receipt and"
                                + " was still running that day."))
                .exclusions(NONE)
                .censoring(LocalizedText.of(
                        "Ingen: det afgøres ved modtagelsen.", "None: it is decided when the notification comes."))
                .dimensions(EVENT_DIMENSIONS)
                .build());
    }

    @Override
    public void observe(CaseFacts facts, Observations out) {
        List<Notification> notifications = facts.childCase().notifications();
        List<Intervention> interventions = facts.childCase().interventions();
        for (int i = 0; i < notifications.size(); i++) {
            LocalDate day = NotificationTexts.countedOn(facts, notifications.get(i));
            if (day == null) {
                continue;
            }
            boolean supported = false;
            for (int k = 0; k < interventions.size() && !supported; k++) {
                Intervention iv = interventions.get(k);
                supported = iv.start().isBefore(day) && iv.isActiveOn(day); // already had it: not started that day
            }
            out.judged(day, supported ? Outcome.MET : Outcome.NOT_MET);
        }
    }
}
