package dk.fremdrift.metrics;

import static dk.fremdrift.metrics.Indicators.GOAL_PROGRESS;
import static dk.fremdrift.metrics.Indicators.GOAL_STATUS;
import static dk.fremdrift.metrics.Indicators.MANAGEMENT_REVIEW_COVERAGE;
import static dk.fremdrift.metrics.Indicators.MANAGEMENT_REVIEW_SERIOUS_COVERAGE;
import static dk.fremdrift.metrics.Indicators.OPEN_CASES_UNASSIGNED;
import static dk.fremdrift.metrics.Indicators.OPEN_INVESTIGATIONS_BY_AGE;
import static dk.fremdrift.metrics.Indicators.STALLED_CASES;
import static dk.fremdrift.metrics.ReferenceTally.Acc.MET;
import static dk.fremdrift.metrics.ReferenceTally.Acc.NOT_MET;
import static dk.fremdrift.metrics.ReferenceTally.Acc.UNITS;

import dk.fremdrift.metrics.ReferenceTally.Keys;
import dk.fremdrift.model.Assessment;
import dk.fremdrift.model.CaseworkerAssignment;
import dk.fremdrift.model.ChildConversation;
import dk.fremdrift.model.Complaint;
import dk.fremdrift.model.Decision;
import dk.fremdrift.model.Exploration;
import dk.fremdrift.model.FollowUp;
import dk.fremdrift.model.Goal;
import dk.fremdrift.model.GoalMeasurement;
import dk.fremdrift.model.Intervention;
import dk.fremdrift.model.Investigation;
import dk.fremdrift.model.ManagementReview;
import dk.fremdrift.model.Notification;
import dk.fremdrift.model.Plan;
import dk.fremdrift.model.PlanRevision;
import dk.fremdrift.model.Screening;
import dk.fremdrift.model.SupervisionVisit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Optional;

/**
 * The second part of the reference {@link ReferenceCaseMeasures}: the observations of a case open at asOf; split off
 * unchanged but for the visibility of its members.
 */
abstract class ReferenceOpenCase extends ReferenceCaseDays {

    ReferenceOpenCase(ReferenceState state) {
        super(state);
    }

    // ---- the open case at asOf ---------------------------------------------------------------------------------

    void openCase() {
        Keys keys = at(asOfDate);
        Optional<CaseworkerAssignment> assignment = c.assignmentOn(asOfDate);
        state.tally(OPEN_CASES_UNASSIGNED).observe(keys, a -> a.add(assignment.isEmpty() ? MET : NOT_MET, 1));
        assignment.ifPresent(as -> state.caseload
                .computeIfAbsent(as.caseworker().value(), k -> new HashMap<>())
                .merge(as.team().value(), 1L, Long::sum));

        LocalDate latest = latestStep();
        boolean stalled = ChronoUnit.DAYS.between(latest, asOfDate) >= config.stalledAfterDays();
        state.tally(STALLED_CASES).observe(keys, a -> a.add(stalled ? MET : NOT_MET, 1));

        LocalDate yearBefore = asOfDate.minusMonths(12);
        boolean reviewed = c.managementReviews().stream()
                .map(ManagementReview::date)
                .anyMatch(d -> d.isAfter(yearBefore) && !d.isAfter(asOfDate));
        state.tally(MANAGEMENT_REVIEW_COVERAGE).observe(keys, a -> a.add(reviewed ? MET : NOT_MET, 1));

        LocalDate serious = null;
        for (Notification n : c.notifications()) {
            LocalDate received = date(n.received());
            boolean seriousAssessment = n.assessment()
                    .filter(as -> !as.assessed().isAfter(asOf))
                    .map(Assessment::outcome)
                    .map(o -> o.isSerious())
                    .orElse(false);
            if (!n.received().isAfter(asOf) && received.isAfter(yearBefore) && seriousAssessment) {
                serious = serious == null || received.isBefore(serious) ? received : serious;
            }
        }
        if (serious != null) {
            LocalDate since = serious;
            boolean reviewedSince = c.managementReviews().stream()
                    .map(ManagementReview::date)
                    .anyMatch(d -> !d.isBefore(since) && !d.isAfter(asOfDate));
            state.tally(MANAGEMENT_REVIEW_SERIOUS_COVERAGE).observe(keys, a -> a.add(reviewedSince ? MET : NOT_MET, 1));
        }
    }

    void openInvestigations() {
        for (Investigation inv : c.investigations()) {
            boolean open = inv.completed().map(d -> d.isAfter(asOfDate)).orElse(true);
            if (inv.awareOn().isAfter(asOfDate) || !open) {
                continue;
            }
            long months = Period.between(inv.awareOn(), asOfDate).toTotalMonths();
            String category = Indicators.INVESTIGATION_AGE_CATEGORIES.get((int) Math.min(months, 4));
            state.tally(OPEN_INVESTIGATIONS_BY_AGE).observe(at(asOfDate), a -> a.addCategory(category));
        }
    }

    void goals() {
        Keys keys = at(asOfDate);
        for (GoalProgress p : GoalProgress.ofPlans(c, asOfDate)) {
            state.tally(GOAL_STATUS).observe(keys, a -> a.addCategory(p.status().name()));
            p.cappedProgress()
                    .ifPresent(v -> state.tally(GOAL_PROGRESS).observe(keys, a -> {
                        a.addSum(new BigDecimal(v));
                        a.add(UNITS, 1);
                    }));
        }
    }

    /** The latest date of a step in the case up to asOf; the opening date if there is none. */
    LocalDate latestStep() {
        Latest steps = new Latest(c.opened(), asOfDate);
        for (Notification n : c.notifications()) {
            steps.add(date(n.received()));
            n.assessment().ifPresent(a -> steps.add(date(a.assessed())));
            n.receiptSent().ifPresent(r -> steps.add(date(r)));
            n.notifierInformed().ifPresent(steps::add);
        }
        for (Screening s : c.screenings()) {
            steps.add(s.date());
        }
        for (Exploration e : c.explorations()) {
            steps.add(e.started());
            e.completed().ifPresent(steps::add);
        }
        for (Investigation i : c.investigations()) {
            steps.add(i.awareOn());
            steps.add(i.started());
            i.completed().ifPresent(steps::add);
            i.preliminaryAssessment().ifPresent(steps::add);
        }
        for (ChildConversation cc : c.childConversations()) {
            steps.add(cc.date());
        }
        for (Decision d : c.decisions()) {
            steps.add(d.decided());
            d.notifiedOn().ifPresent(steps::add);
            d.emergency().ifPresent(e -> {
                steps.add(date(e.implemented()));
                e.partiesNotified().ifPresent(p -> steps.add(date(p)));
                e.approvedOn().ifPresent(steps::add);
            });
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
            iv.end().ifPresent(steps::add);
        }
        for (FollowUp f : c.followUps()) {
            steps.add(f.date());
        }
        for (SupervisionVisit v : c.supervisionVisits()) {
            steps.add(v.date());
        }
        for (Complaint k : c.complaints()) {
            steps.add(k.received());
            k.reassessed().ifPresent(steps::add);
            k.forwarded().ifPresent(steps::add);
        }
        c.accessRequests().forEach(r -> {
            steps.add(r.received());
            r.answered().ifPresent(steps::add);
        });
        return steps.latest;
    }

    /** The latest date up to a day among those added, starting from a first date; the order does not matter. */
    static final class Latest {
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
    }
}
