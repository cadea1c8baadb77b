package dk.fremdrift.metrics.caseload;

import static dk.fremdrift.metrics.internal.Definitions.APPLIES;
import static dk.fremdrift.metrics.internal.Definitions.EVENT_DIMENSIONS;

import dk.fremdrift.metrics.CaseFacts;
import dk.fremdrift.metrics.IndicatorDefinition;
import dk.fremdrift.metrics.IndicatorKind;
import dk.fremdrift.metrics.Indicators;
import dk.fremdrift.metrics.LocalizedText;
import dk.fremdrift.metrics.Observations;
import dk.fremdrift.metrics.internal.StandardIndicator;
import dk.fremdrift.model.CaseworkerAssignment;
import dk.fremdrift.model.ChildCase;
import java.time.LocalDate;
import java.util.List;

/** {@link Indicators#CASEWORKER_CHANGES_PER_CASE_YEAR}: changes of caseworker per year a case was open in the period. */
final class CaseworkerChanges extends StandardIndicator {

    static final CaseworkerChanges INDICATOR = new CaseworkerChanges();

    private CaseworkerChanges() {
        super(IndicatorDefinition.builder(Indicators.CASEWORKER_CHANGES_PER_CASE_YEAR, IndicatorKind.RATE)
                .name(LocalizedText.of("Sagsbehandlerskift pr. sag pr. år", "Caseworker changes per case per year"))
                .description(LocalizedText.of(
                        "Kontinuitet: antal skift af sagsbehandler pr. år, en sag har været åben i perioden.",
                        "Continuity: caseworker changes per year a case was open in the period."))
                .applies(APPLIES)
                .population(LocalizedText.of(
                        "Dage i rapportperioden, til og med asOf, hvor sagen var åben.",
                        "Days in the reporting period, up to asOf, on which the case was open."))
                .numerator(LocalizedText.of(
                        "Skift på sådan en dag: en tildeling, der starter med en anden sagsbehandler end tildelingen"
                                + " før den (efter startdato). Et teamskift med samme sagsbehandler eller en"
                                + " tilbagevenden til samme sagsbehandler efter et hul er ikke et skift. Rate = skift"
                                + " / (åbne dage / 365). Opdelinger efter dagen: team, sagsbehandler og alder den dag;"
                                + " et skift tælles hos den nye tildeling.",
                        "Changes on such a day: an assignment that starts with another caseworker than the"
                                + " assignment before it (by start date). A change of team with the same caseworker,"
                                + " or a return to the same caseworker after a gap, is not a change. Rate = changes /"
                                + " (open days / 365). Breakdowns by the day: the team, caseworker and age that day;"
                                + " a change counts with the new assignment."))
                .exclusions(LocalizedText.of(
                        "Den første tildeling på en sag (intet skift).", "A case's first assignment (no change)."))
                .censoring(LocalizedText.of(
                        "Ingen: en sag, der stadig er åben, tæller med sine dage til og med asOf.",
                        "None: a case still open counts with its days up to asOf."))
                .dimensions(EVENT_DIMENSIONS)
                .build());
    }

    @Override
    public void observe(CaseFacts facts, Observations out) {
        ChildCase c = facts.childCase();
        LocalDate periodStart = facts.config().period().startInclusive();
        LocalDate from = c.opened().isAfter(periodStart) ? c.opened() : periodStart;
        LocalDate to = facts.lastDayCounted().plusDays(1);
        if (c.closing().isPresent() && c.closing().get().closed().isBefore(to)) {
            to = c.closing().get().closed();
        }
        if (!from.isBefore(to)) {
            return;
        }
        out.exposure(from, to);
        // The assignments in order of their first day (they do not overlap); a change is a new caseworker.
        List<CaseworkerAssignment> assignments = c.assignments();
        int n = assignments.size();
        if (n < 2) {
            return;
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            int at = i;
            while (at > 0
                    && assignments
                            .get(order[at - 1])
                            .from()
                            .isAfter(assignments.get(i).from())) {
                order[at] = order[at - 1];
                at--;
            }
            order[at] = i;
        }
        for (int k = 1; k < n; k++) {
            CaseworkerAssignment a = assignments.get(order[k]);
            boolean change =
                    !a.caseworker().equals(assignments.get(order[k - 1]).caseworker());
            if (change && !a.from().isBefore(from) && a.from().isBefore(to)) {
                out.event(a.from());
            }
        }
    }
}
