package dk.fremdrift.metrics.caseload;

import static dk.fremdrift.metrics.internal.Definitions.APPLIES;
import static dk.fremdrift.metrics.internal.Definitions.NONE;
import static dk.fremdrift.metrics.internal.Definitions.NO_CENSORING_STOCK;
import static dk.fremdrift.metrics.internal.Definitions.OPEN_CASES;
import static dk.fremdrift.metrics.internal.Definitions.STOCK_DIMENSIONS;

import dk.fremdrift.metrics.CaseFacts;
import dk.fremdrift.metrics.IndicatorDefinition;
import dk.fremdrift.metrics.IndicatorKind;
import dk.fremdrift.metrics.Indicators;
import dk.fremdrift.metrics.LocalizedText;
import dk.fremdrift.metrics.Observations;
import dk.fremdrift.metrics.Outcome;
import dk.fremdrift.metrics.internal.StockIndicator;
import dk.fremdrift.model.AccessRequest;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.ChildConversation;
import dk.fremdrift.model.Complaint;
import dk.fremdrift.model.Decision;
import dk.fremdrift.model.Exploration;
import dk.fremdrift.model.FollowUp;
import dk.fremdrift.model.Goal;
import dk.fremdrift.model.GoalMeasurement;
import dk.fremdrift.model.Intervention;
import dk.fremdrift.model.Investigation;
import dk.fremdrift.model.Notification;
import dk.fremdrift.model.Plan;
import dk.fremdrift.model.PlanRevision;
import dk.fremdrift.model.Screening;
import dk.fremdrift.model.SupervisionVisit;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * {@link Indicators#STALLED_CASES}: the share of open cases with no step for the threshold of days, a setting of the
 * aggregation ({@link dk.fremdrift.metrics.MetricsConfig#stalledAfterDays()}).
 */
final class StalledCases extends StockIndicator {

    private final int stalledDays;

    /** The indicator with the aggregation's threshold: a case with no step for this many days is stalled. */
    StalledCases(int stalledDays) {
        super(definition(stalledDays));
        this.stalledDays = stalledDays;
    }

    private static IndicatorDefinition definition(int stalledDays) {
        return IndicatorDefinition.builder(Indicators.STALLED_CASES, IndicatorKind.PROPORTION)
                .name(LocalizedText.of("Sager i stå", "Stalled cases"))
                .description(LocalizedText.of(
                        "Andel af åbne sager uden et sagsskridt i " + stalledDays + " dage eller mere.",
                        "Share of open cases with no step for " + stalledDays + " days or more."))
                .applies(APPLIES)
                .population(OPEN_CASES)
                .numerator(LocalizedText.of(
                        "Dem, hvis seneste skridt er dateret " + stalledDays + " dage eller mere før asOf's dato."
                                + " Skridt er datoerne på sagens dele til og med asOf: oprettelse, underretninger"
                                + " (modtaget, vurderet, kvittering, orientering), screeninger, afdækninger,"
                                + " undersøgelser, børnesamtaler, afgørelser (truffet, meddelt, formandsafgørelse),"
                                + " planer (udarbejdet, revideret), målinger af mål, indsatser (start, slut),"
                                + " opfølgninger, tilsynsbesøg, klager og aktindsigter. Sagsbehandlertildelinger,"
                                + " ledelsestilsyn og begrundelser er ikke skridt i barnets sag.",
                        "Those whose latest step is dated " + stalledDays + " days or more before asOf's date. Steps"
                                + " are the dates on the case's parts up to asOf: opening, notifications (received,"
                                + " assessed, receipt sent, notifier informed), screenings, explorations,"
                                + " investigations, conversations with the child, decisions (made, notified,"
                                + " emergency), plans (made, revised), goal measurements, interventions (start, end),"
                                + " follow-ups, supervision visits, complaints and access requests. Caseworker"
                                + " assignments, management reviews and justifications are not steps in the child's"
                                + " case."))
                .exclusions(NONE)
                .censoring(NO_CENSORING_STOCK)
                .target(0.0)
                .dimensions(STOCK_DIMENSIONS)
                .build();
    }

    @Override
    protected void observeOpen(CaseFacts facts, Observations out, LocalDate asOf) {
        boolean stalled = ChronoUnit.DAYS.between(latestStep(facts), asOf) >= stalledDays;
        out.judged(asOf, stalled ? Outcome.MET : Outcome.NOT_MET);
    }

    private static LocalDate latestStep(CaseFacts facts) {
        ChildCase c = facts.childCase();
        Latest steps = new Latest(c.opened(), facts.asOfDate());
        List<Notification> notifications = c.notifications();
        for (int i = 0; i < notifications.size(); i++) {
            Notification n = notifications.get(i);
            steps.add(facts.dateOf(n.received()));
            if (n.assessment().isPresent()) {
                steps.add(facts.dateOf(n.assessment().get().assessed()));
            }
            if (n.receiptSent().isPresent()) {
                steps.add(facts.dateOf(n.receiptSent().get()));
            }
            steps.add(n.notifierInformed());
        }
        for (Screening s : c.screenings()) {
            steps.add(s.date());
        }
        for (Exploration e : c.explorations()) {
            steps.add(e.started());
            steps.add(e.completed());
        }
        for (Investigation i : c.investigations()) {
            steps.add(i.awareOn());
            steps.add(i.started());
            steps.add(i.completed());
            steps.add(i.preliminaryAssessment());
        }
        for (ChildConversation cc : c.childConversations()) {
            steps.add(cc.date());
        }
        for (Decision d : c.decisions()) {
            steps.add(d.decided());
            steps.add(d.notifiedOn());
            if (d.emergency().isPresent()) {
                var e = d.emergency().get();
                steps.add(facts.dateOf(e.implemented()));
                if (e.partiesNotified().isPresent()) {
                    steps.add(facts.dateOf(e.partiesNotified().get()));
                }
                steps.add(e.approvedOn());
            }
        }
        for (Plan p : c.plans()) {
            steps.add(p.created());
            for (PlanRevision r : p.revisions()) {
                steps.add(r.date());
            }
            for (Goal g : p.goals()) {
                for (GoalMeasurement m : g.measurements()) {
                    steps.add(m.date());
                }
            }
        }
        for (Intervention iv : c.interventions()) {
            steps.add(iv.start());
            steps.add(iv.end());
        }
        for (FollowUp f : c.followUps()) {
            steps.add(f.date());
        }
        for (SupervisionVisit v : c.supervisionVisits()) {
            steps.add(v.date());
        }
        for (Complaint k : c.complaints()) {
            steps.add(k.received());
            steps.add(k.reassessed());
            steps.add(k.forwarded());
        }
        for (AccessRequest r : c.accessRequests()) {
            steps.add(r.received());
            steps.add(r.answered());
        }
        return steps.latest;
    }

    /** The latest date up to a day among those added, starting from a first date; the order does not matter. */
    private static final class Latest {
        private final LocalDate upTo;
        LocalDate latest;

        Latest(LocalDate first, LocalDate upTo) {
            this.latest = first;
            this.upTo = upTo;
        }

        void add(LocalDate d) {
            if (!d.isAfter(upTo) && d.isAfter(latest)) {
                latest = d;
            }
        }

        void add(Optional<LocalDate> d) {
            if (d.isPresent()) {
                add(d.get());
            }
        }
    }
}
