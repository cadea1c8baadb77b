package dk.fremdrift.metrics.timeliness;

import static dk.fremdrift.metrics.internal.Definitions.BL;
import static dk.fremdrift.metrics.internal.Definitions.SEL;

import dk.fremdrift.deadlines.Duty;
import dk.fremdrift.metrics.Indicators;
import dk.fremdrift.metrics.LegalBasis;
import dk.fremdrift.metrics.LocalizedText;
import dk.fremdrift.metrics.OnTimeIndicator;
import dk.fremdrift.model.Law;
import dk.fremdrift.model.LegalReference;

/** {@link Indicators#SUPERVISION_ON_TIME}: supervision visits to placed children on time, by intervention kind. */
final class SupervisionOnTime {

    static final OnTimeIndicator INDICATOR = OnTimeIndicator.builder(Indicators.SUPERVISION_ON_TIME, Duty.SUPERVISION)
            .name(LocalizedText.of("Tilsynsbesøg rettidigt", "Supervision visits on time"))
            .description(LocalizedText.of(
                    "Andel af tilsynsfrister for anbragte børn, der blev overholdt: højst 6 måneder fra"
                            + " anbringelsen til første besøg og mellem besøgene.",
                    "Share of supervision deadlines for placed children that were met: at most 6 months from the"
                            + " placement to the first visit and between visits."))
            .legalBasis(
                    LegalBasis.of(LegalReference.of(Law.SERVICELOVEN, "148"), SEL),
                    LegalBasis.of(LegalReference.of(Law.BARNETS_LOV, "156", 5), BL))
            .trigger(LocalizedText.of(
                    "Tilsynsfrister, der løber fra en anbringelses start eller fra det forrige besøg, med den dato"
                            + " i rapportperioden",
                    "Supervision deadlines running from the start of a placement or from the previous visit,"
                            + " with that date in the reporting period"))
            .step(LocalizedText.of(
                    "besøget skete senest 6 måneder efter", "the visit took place no later than 6 months after"))
            .byInterventionKind()
            .build();

    private SupervisionOnTime() {}
}
