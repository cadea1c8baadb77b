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

/** {@link Indicators#FIRST_FOLLOW_UP_ON_TIME}: the first follow-up on an intervention on time, by intervention kind. */
final class FirstFollowUpOnTime {

    static final OnTimeIndicator INDICATOR = OnTimeIndicator.builder(Indicators.FIRST_FOLLOW_UP_ON_TIME, Duty.FOLLOW_UP)
            .name(LocalizedText.of("Første opfølgning rettidigt", "First follow-up on time"))
            .description(LocalizedText.of(
                    "Andel af iværksatte indsatser, hvor den første opfølgning skete senest 3 måneder efter"
                            + " iværksættelsen. Kun første opfølgning (occurrence 1) tælles.",
                    "Share of interventions started whose first follow-up took place no later than 3 months"
                            + " after the start. Only the first follow-up (occurrence 1) counts."))
            .legalBasis(
                    LegalBasis.of(LegalReference.of(Law.SERVICELOVEN, "70", 1), SEL),
                    LegalBasis.of(LegalReference.of(Law.BARNETS_LOV, "95"), BL))
            .trigger(LocalizedText.of(
                    "Indsatser iværksat i rapportperioden (første forekomst af fristen)",
                    "Interventions started in the reporting period (the first occurrence of the deadline)"))
            .step(LocalizedText.of(
                    "den første opfølgning skete senest 3 måneder efter iværksættelsen, eller senest da en"
                            + " sideløbende afdækning eller undersøgelse sluttede, hvis det var tidligere (barnets"
                            + " lov)",
                    "the first follow-up took place no later than 3 months after the start, or by the end of a"
                            + " parallel exploration or investigation if that was earlier (barnets lov)"))
            .nationalReference(Definitions.barnometer2024(0.75))
            .firstOccurrenceOnly()
            .byInterventionKind()
            .build();

    private FirstFollowUpOnTime() {}
}
