package dk.fremdrift.metrics.timeliness;

import static dk.fremdrift.metrics.internal.Definitions.BL;
import static dk.fremdrift.metrics.internal.Definitions.SEL;

import dk.fremdrift.deadlines.Duty;
import dk.fremdrift.metrics.Indicators;
import dk.fremdrift.metrics.LegalBasis;
import dk.fremdrift.metrics.LocalizedText;
import dk.fremdrift.metrics.OnTimeIndicator;
import dk.fremdrift.metrics.ReferenceFigure;
import dk.fremdrift.model.Law;
import dk.fremdrift.model.LegalReference;

/** {@link Indicators#ASSESSMENT_24H_ON_TIME}: notifications of concern assessed within 24 hours. */
final class AssessmentOnTime {

    static final OnTimeIndicator INDICATOR = OnTimeIndicator.builder(
                    Indicators.ASSESSMENT_24H_ON_TIME, Duty.NOTIFICATION_ASSESSMENT)
            .name(LocalizedText.of(
                    "Underretninger vurderet inden for 24 timer", "Notifications assessed within 24 hours"))
            .description(LocalizedText.of(
                    "Andel af underretninger, der blev vurderet inden for 24 timer efter modtagelsen.",
                    "Share of notifications assessed within 24 hours of receipt."))
            .legalBasis(
                    LegalBasis.of(LegalReference.of(Law.SERVICELOVEN, "155", 2), SEL),
                    LegalBasis.of(LegalReference.of(Law.BARNETS_LOV, "136"), BL))
            .trigger(LocalizedText.of(
                    "Underretninger modtaget i rapportperioden (efter den danske dato for modtagelsen)",
                    "Notifications received in the reporting period (by the Danish date of receipt)"))
            .step(LocalizedText.of(
                    "underretningen blev vurderet senest 24 timer efter modtagelsen",
                    "the notification was assessed at or before 24 hours after receipt"))
            .nationalReference(ReferenceFigure.of(
                    0.87,
                    "2019/20",
                    LocalizedText.of(
                            "Ankestyrelsen, Børnesagsbarometer 2019/20",
                            "Ankestyrelsen (National Social Appeals Board), Børnesagsbarometer 2019/20")))
            .build();

    private AssessmentOnTime() {}
}
