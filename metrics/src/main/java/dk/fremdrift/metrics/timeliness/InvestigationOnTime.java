package dk.fremdrift.metrics.timeliness;

import static dk.fremdrift.metrics.internal.Definitions.BL;
import static dk.fremdrift.metrics.internal.Definitions.SEL;

import dk.fremdrift.deadlines.Duty;
import dk.fremdrift.metrics.Indicators;
import dk.fremdrift.metrics.LegalBasis;
import dk.fremdrift.metrics.LocalizedText;
import dk.fremdrift.metrics.OnTimeIndicator;
import dk.fremdrift.metrics.internal.Definitions;
import dk.fremdrift.model.Law;
import dk.fremdrift.model.LegalReference;

/** {@link Indicators#INVESTIGATION_4M_ON_TIME}: child-welfare investigations finished within 4 months. */
final class InvestigationOnTime {

    static final OnTimeIndicator INDICATOR = OnTimeIndicator.builder(
                    Indicators.INVESTIGATION_4M_ON_TIME, Duty.INVESTIGATION)
            .name(LocalizedText.of(
                    "Børnefaglige undersøgelser afsluttet inden for 4 måneder",
                    "Child-welfare investigations finished within 4 months"))
            .description(LocalizedText.of(
                    "Andel af børnefaglige undersøgelser, der blev afsluttet senest 4 måneder efter, at kommunen"
                            + " fik kendskab til, at barnet kan have behov for støtte.",
                    "Share of child-welfare investigations finished no later than 4 months after the"
                            + " municipality became aware that the child may need support."))
            .legalBasis(
                    LegalBasis.of(LegalReference.of(Law.SERVICELOVEN, "50"), SEL),
                    LegalBasis.of(LegalReference.of(Law.BARNETS_LOV, "20", 3), BL))
            .trigger(LocalizedText.of(
                    "Børnefaglige undersøgelser, hvis kendskabsdato ligger i rapportperioden",
                    "Child-welfare investigations whose awareness date is in the reporting period"))
            .step(LocalizedText.of(
                    "undersøgelsen blev afsluttet senest 4 måneder efter kendskabsdatoen",
                    "the investigation was finished no later than 4 months after the awareness date"))
            .nationalReference(Definitions.barnometer2024(0.50))
            .build();

    private InvestigationOnTime() {}
}
