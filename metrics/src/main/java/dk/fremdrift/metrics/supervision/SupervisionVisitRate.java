package dk.fremdrift.metrics.supervision;

import static dk.fremdrift.metrics.internal.Definitions.APPLIES;

import dk.fremdrift.metrics.CaseFacts;
import dk.fremdrift.metrics.IndicatorDefinition;
import dk.fremdrift.metrics.IndicatorKind;
import dk.fremdrift.metrics.Indicators;
import dk.fremdrift.metrics.LocalizedText;
import dk.fremdrift.metrics.Observations;
import dk.fremdrift.metrics.internal.Definitions;
import dk.fremdrift.metrics.internal.StandardIndicator;
import dk.fremdrift.metrics.timeliness.TimelinessIndicators;
import dk.fremdrift.model.Intervention;
import dk.fremdrift.model.PartId;
import dk.fremdrift.model.SupervisionVisit;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * {@link Indicators#SUPERVISION_VISITS_PER_PLACED_CHILD_YEAR}: the visits that meet the supervision duty, per year of
 * placement in the period. The days of placement are counted once per case however many placements overlap, each
 * under the kind of the earliest-started placement active that day; a visit counts under the kind of the placement
 * it names, if that one is active, else under that of the earliest-started active one.
 */
final class SupervisionVisitRate extends StandardIndicator {

    static final SupervisionVisitRate INDICATOR = new SupervisionVisitRate();

    private static final Intervention[] NONE = {};

    private SupervisionVisitRate() {
        super(IndicatorDefinition.builder(Indicators.SUPERVISION_VISITS_PER_PLACED_CHILD_YEAR, IndicatorKind.RATE)
                .name(LocalizedText.of(
                        "Tilsynsbesøg pr. anbragt barn pr. år", "Supervision visits per placed child per year"))
                .description(LocalizedText.of(
                        "Antal tilsynsbesøg pr. år, et anbragt barn har været anbragt i perioden; loven kræver mindst"
                                + " to om året.",
                        "Supervision visits per year of placement in the period; the law requires at least two a"
                                + " year."))
                .legalBasis(
                        // The visit rate rests on the provisions of the visits' deadlines.
                        TimelinessIndicators.SUPERVISION_ON_TIME.definition().legalBasis())
                .applies(APPLIES)
                .population(LocalizedText.of(
                        "Dage i rapportperioden, til og med asOf, hvor barnet havde mindst én aktiv anbringelse (en"
                                + " indsats af en anbringelsestype, fra start til slut, begge dage med); pr. sag, så"
                                + " overlappende anbringelser tælles én gang.",
                        "Days in the reporting period, up to asOf, on which the child had at least one active"
                                + " placement (an intervention of a placement kind, from its start to its end, both"
                                + " days included); per case, so overlapping placements count once."))
                .numerator(LocalizedText.of(
                        "Tilsynsbesøg med samtale med barnet dateret på sådan en dag, de besøg der opfylder"
                                + " pligten, som fristmotoren tæller dem; rate = besøg / (anbringelsesdage / 365)."
                                + " Opdelinger efter dagen: team, sagsbehandler og alder den dag, og typen af den"
                                + " anbringelse, besøget angiver, ellers den tidligst startede aktive.",
                        "Supervision visits with a conversation with the child dated on such a day, the visits that"
                                + " meet the duty, as the deadline engine counts them; rate = visits / (placement days"
                                + " / 365). Breakdowns by the day: the team, caseworker and age that day, and the kind"
                                + " of the placement the visit names, else of the earliest-started active one."))
                .exclusions(LocalizedText.of(
                        "Besøg på dage uden aktiv anbringelse, og besøg uden samtale med barnet (de opfylder ikke"
                                + " pligten; sagsgennemgangen rejser dem).",
                        "Visits on days without an active placement, and visits without a conversation with the"
                                + " child (they do not meet the duty; the case review raises them)."))
                .censoring(LocalizedText.of(
                        "Ingen: en anbringelse, der stadig løber, tæller med sine dage til og med asOf.",
                        "None: a placement still running counts with its days up to asOf."))
                .target(2.0)
                .dimensions(Definitions.KIND_EVENT_DIMENSIONS)
                .build());
    }

    @Override
    public void observe(CaseFacts facts, Observations out) {
        Intervention[] placements = placementsByStart(facts.childCase().interventions());
        if (placements.length == 0) {
            return;
        }
        // Days of placement: cut where a placement starts or ends, each piece under the earliest-started active one.
        long[] cuts = new long[2 * placements.length];
        for (int p = 0; p < placements.length; p++) {
            cuts[2 * p] = placements[p].start().toEpochDay();
            cuts[2 * p + 1] =
                    placements[p].end().map(end -> end.toEpochDay() + 1).orElse(Long.MAX_VALUE);
        }
        Arrays.sort(cuts);
        for (int i = 0; i + 1 < cuts.length; i++) {
            long from = cuts[i];
            long to = cuts[i + 1];
            if (from == to) {
                continue;
            }
            Intervention active = active(placements, from, null);
            if (active != null) {
                LocalDate end = to == Long.MAX_VALUE ? facts.lastDayCounted().plusDays(1) : day(to);
                out.exposure(day(from), end, active.kind());
            }
        }
        for (SupervisionVisit v : facts.childCase().supervisionVisits()) {
            if (!v.conversationWithChild() || !facts.counts(v.date())) {
                continue; // a visit without the conversation does not meet the duty, as the engine reads it
            }
            Intervention active =
                    active(placements, v.date().toEpochDay(), v.interventionId().orElse(null));
            if (active != null) {
                out.event(v.date(), active.kind());
            }
        }
    }

    private static LocalDate day(long epochDay) {
        return LocalDate.ofEpochDay(epochDay);
    }

    /** The placements of a case, earliest-started first; equal starts keep the case's order (a stable sort). */
    private static Intervention[] placementsByStart(List<Intervention> interventions) {
        int count = 0;
        for (int i = 0; i < interventions.size(); i++) {
            if (interventions.get(i).kind().isPlacement()) {
                count++;
            }
        }
        if (count == 0) {
            return NONE;
        }
        Intervention[] placements = new Intervention[count];
        int n = 0;
        for (int i = 0; i < interventions.size(); i++) {
            Intervention iv = interventions.get(i);
            if (!iv.kind().isPlacement()) {
                continue;
            }
            int at = n;
            while (at > 0 && placements[at - 1].start().isAfter(iv.start())) {
                placements[at] = placements[at - 1];
                at--;
            }
            placements[at] = iv;
            n++;
        }
        return placements;
    }

    /** The placement active on a day: the one named, if it is active, else the earliest-started one active; or null. */
    private static Intervention active(Intervention[] placements, long day, PartId named) {
        Intervention first = null;
        for (Intervention p : placements) {
            long start = p.start().toEpochDay();
            long end = p.end().isPresent() ? p.end().get().toEpochDay() : Long.MAX_VALUE;
            if (start <= day && day <= end) {
                if (p.id().equals(named)) {
                    return p;
                }
                if (first == null) {
                    first = p;
                }
            }
        }
        return first;
    }
}
