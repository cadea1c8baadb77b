package dk.fremdrift.metrics;

import static dk.fremdrift.metrics.Indicators.ASSESSMENT_24H_ON_TIME;
import static dk.fremdrift.metrics.Indicators.CASEWORKER_CHANGES_PER_CASE_YEAR;
import static dk.fremdrift.metrics.Indicators.CHILD_CONVERSATION_BEFORE_DECISION;
import static dk.fremdrift.metrics.Indicators.FIRST_FOLLOW_UP_ON_TIME;
import static dk.fremdrift.metrics.Indicators.INTERVENTION_MIX_ACTIVE;
import static dk.fremdrift.metrics.Indicators.INTERVENTION_MIX_STARTED;
import static dk.fremdrift.metrics.Indicators.INVESTIGATION_4M_ON_TIME;
import static dk.fremdrift.metrics.Indicators.INVESTIGATION_DAYS;
import static dk.fremdrift.metrics.Indicators.NOTIFICATIONS_PER_CHILD;
import static dk.fremdrift.metrics.Indicators.NOTIFICATIONS_RECEIVED;
import static dk.fremdrift.metrics.Indicators.PLAN_ON_TIME;
import static dk.fremdrift.metrics.Indicators.REPEAT_NOTIFICATIONS_12M;
import static dk.fremdrift.metrics.Indicators.SUPERVISION_ON_TIME;
import static dk.fremdrift.metrics.Indicators.SUPERVISION_VISITS_PER_PLACED_CHILD_YEAR;
import static dk.fremdrift.metrics.ReferenceTally.Acc.CENSORED;
import static dk.fremdrift.metrics.ReferenceTally.Acc.COUNT;
import static dk.fremdrift.metrics.ReferenceTally.Acc.EVENTS;
import static dk.fremdrift.metrics.ReferenceTally.Acc.EXCLUDED;
import static dk.fremdrift.metrics.ReferenceTally.Acc.EXPOSURE;
import static dk.fremdrift.metrics.ReferenceTally.Acc.MET;
import static dk.fremdrift.metrics.ReferenceTally.Acc.NOT_MET;
import static dk.fremdrift.metrics.ReferenceTally.Acc.SUM;
import static dk.fremdrift.metrics.ReferenceTally.Acc.UNITS;

import dk.fremdrift.deadlines.DeadlineEvaluation;
import dk.fremdrift.deadlines.DeadlineStatus;
import dk.fremdrift.deadlines.Duty;
import dk.fremdrift.metrics.ReferenceTally.Keys;
import dk.fremdrift.model.CaseworkerAssignment;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.ChildConversation;
import dk.fremdrift.model.ConversationOutcome;
import dk.fremdrift.model.Decision;
import dk.fremdrift.model.Intervention;
import dk.fremdrift.model.Notification;
import dk.fremdrift.model.PartId;
import dk.fremdrift.model.SupervisionVisit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Adds one case to the state: every indicator's observations of the case, in one pass over its parts and its
 * deadline evaluations. The definitions in {@link Indicators} say in words what each method counts.
 *
 * <p><b>Test reference.</b> This is the class as it was before the second performance pass (commit 2134876), renamed,
 * split in three for files of a readable length (with {@link ReferenceOpenCase} and {@link ReferenceCaseDays}) and
 * otherwise unchanged: {@code CaseMeasuresProperties} checks that the aggregation gives exactly what this one
 * gives. Do not change it.
 */
final class ReferenceCaseMeasures extends ReferenceOpenCase {

    ReferenceCaseMeasures(ReferenceState state) {
        super(state);
    }

    void add(ChildCase childCase, List<DeadlineEvaluation> evaluations) {
        this.c = childCase;
        for (int i = 0; i < evaluations.size(); i++) {
            DeadlineEvaluation e = evaluations.get(i);
            if (!e.caseId().equals(c.id())) {
                throw new IllegalArgumentException("evaluations[" + i + "]: expected an evaluation of case " + c.id()
                        + ", got one of case " + e.caseId());
            }
            if (!e.asOf().equals(asOf)) {
                throw new IllegalArgumentException("evaluations[" + i + "]: expected an evaluation at the"
                        + " aggregation's asOf " + asOf + ", got one at " + e.asOf());
            }
            if (e.duty().equals(Duty.FOLLOW_UP) || e.duty().equals(Duty.SUPERVISION)) {
                interventionKind(e); // checked before anything is counted, so a bad input changes nothing
            }
        }
        deadlines(evaluations);
        notifications();
        conversations();
        interventionsStarted();
        supervisionRate();
        continuity();
        if (c.isOpenOn(asOfDate)) {
            openInvestigations();
            goals();
            interventionsActive();
            openCase();
        }
        state.endCase();
        state.budget.add(c);
        this.c = null;
    }

    // ---- deadlines ---------------------------------------------------------------------------------------------

    private void deadlines(List<DeadlineEvaluation> evaluations) {
        for (DeadlineEvaluation e : evaluations) {
            if (!counts(e.triggerDate())) {
                continue;
            }
            Keys keys = at(e.triggerDate());
            Duty duty = e.duty();
            if (duty.equals(Duty.NOTIFICATION_ASSESSMENT)) {
                judged(ASSESSMENT_24H_ON_TIME, keys, e.status());
            } else if (duty.equals(Duty.INVESTIGATION)) {
                judged(INVESTIGATION_4M_ON_TIME, keys, e.status());
                state.tally(INVESTIGATION_DAYS).observe(keys, a -> {
                    if (e.status().isCompleted()) {
                        a.addDays(Math.toIntExact(ChronoUnit.DAYS.between(
                                e.triggerDate(), e.completedOn().orElseThrow())));
                    } else if (e.status().isPending() || e.status() == DeadlineStatus.OVERDUE) {
                        a.add(CENSORED, 1);
                    } else {
                        a.add(EXCLUDED, 1);
                    }
                });
            } else if (duty.equals(Duty.PLAN)) {
                judged(PLAN_ON_TIME, keys, e.status());
            } else if (duty.equals(Duty.FOLLOW_UP)) {
                if (e.occurrence() == 1) {
                    judged(FIRST_FOLLOW_UP_ON_TIME, keys.withKind(interventionKind(e)), e.status());
                }
            } else if (duty.equals(Duty.SUPERVISION)) {
                judged(SUPERVISION_ON_TIME, keys.withKind(interventionKind(e)), e.status());
            }
            // Other duties have no indicator of their own.
        }
    }

    private void judged(String id, Keys keys, DeadlineStatus status) {
        int slot = switch (status) {
            case MET -> MET;
            case MET_LATE, OVERDUE -> NOT_MET;
            case OPEN, DUE_SOON -> CENSORED;
            case NOT_APPLICABLE, EXPIRED, UNDETERMINED -> EXCLUDED;
        };
        state.tally(id).observe(keys, a -> a.add(slot, 1));
    }

    private String interventionKind(DeadlineEvaluation e) {
        PartId id = e.subjectId()
                .orElseThrow(() -> new IllegalArgumentException(
                        "evaluation " + e + ": expected the key of the intervention it is about, got none"));
        for (Intervention iv : c.interventions()) {
            if (iv.id().equals(id)) {
                return iv.kind().name();
            }
        }
        throw new IllegalArgumentException(
                "evaluation " + e + ": expected an intervention of case " + c.id() + ", got '" + id + "'");
    }

    // ---- notifications -----------------------------------------------------------------------------------------

    private void notifications() {
        Notification first = null;
        long inPeriod = 0;
        for (Notification n : c.notifications()) {
            LocalDate received = date(n.received());
            if (n.received().isAfter(asOf) || !counts(received)) {
                continue;
            }
            inPeriod++;
            if (first == null || n.received().isBefore(first.received())) {
                first = n;
            }
            Keys keys = at(received);
            state.tally(NOTIFICATIONS_RECEIVED).observe(keys, a -> a.add(COUNT, 1));
            // A repeat: an earlier notification within the 12 months before. The moment 12 months before is worked
            // out only when there is an earlier notification, which most first notifications have not.
            boolean repeat = false;
            Instant yearBefore = null;
            for (Notification m : c.notifications()) {
                if (m.received().isBefore(n.received())) {
                    if (yearBefore == null) {
                        yearBefore = n.received().atZone(zone).minusMonths(12).toInstant();
                    }
                    if (!m.received().isBefore(yearBefore)) {
                        repeat = true;
                        break;
                    }
                }
            }
            boolean isRepeat = repeat;
            state.tally(REPEAT_NOTIFICATIONS_12M).observe(keys, a -> a.add(isRepeat ? MET : NOT_MET, 1));
        }
        if (first != null) {
            long count = inPeriod;
            state.tally(NOTIFICATIONS_PER_CHILD).observe(at(date(first.received())), a -> {
                a.add(SUM, count);
                a.add(UNITS, 1);
            });
        }
    }

    // ---- decisions ---------------------------------------------------------------------------------------------

    private void conversations() {
        for (Decision d : c.decisions()) {
            if (!counts(d.decided())) {
                continue;
            }
            int slot;
            if (Period.between(c.child().birthDate(), d.decided()).getYears() >= 18) {
                slot = EXCLUDED;
            } else if (conversation(d, ConversationOutcome.HELD)) {
                slot = MET;
            } else if (conversation(d, ConversationOutcome.OMITTED)) {
                slot = EXCLUDED;
            } else {
                slot = NOT_MET;
            }
            state.tally(CHILD_CONVERSATION_BEFORE_DECISION).observe(at(d.decided()), a -> a.add(slot, 1));
        }
    }

    private boolean conversation(Decision d, ConversationOutcome outcome) {
        for (ChildConversation cc : c.childConversations()) {
            if (cc.outcome() != outcome || cc.date().isAfter(asOfDate)) {
                continue;
            }
            boolean linked = cc.decisionId().map(d.id()::equals).orElse(false);
            boolean before = !cc.date().isAfter(d.decided())
                    && !cc.date().isBefore(d.decided().minusMonths(3));
            if (linked || before) {
                return true;
            }
        }
        return false;
    }

    // ---- interventions -----------------------------------------------------------------------------------------

    private void interventionsStarted() {
        for (Intervention iv : c.interventions()) {
            if (counts(iv.start())) {
                state.tally(INTERVENTION_MIX_STARTED)
                        .observe(at(iv.start()).withKind(iv.kind().name()), a -> a.addCategory(mix(iv)));
            }
        }
    }

    private void interventionsActive() {
        for (Intervention iv : c.interventions()) {
            if (iv.isActiveOn(asOfDate)) {
                state.tally(INTERVENTION_MIX_ACTIVE)
                        .observe(at(asOfDate).withKind(iv.kind().name()), a -> a.addCategory(mix(iv)));
            }
        }
    }

    private static String mix(Intervention iv) {
        return iv.kind().isPlacement() ? Indicators.PLACEMENT : Indicators.PREVENTIVE_SUPPORT;
    }

    private void supervisionRate() {
        List<Intervention> placements = new ArrayList<>();
        for (Intervention iv : c.interventions()) {
            if (iv.kind().isPlacement()) {
                placements.add(iv);
            }
        }
        if (placements.isEmpty()) {
            return;
        }
        // Earliest-started first, so the first active one is the earliest-started; the sort is stable.
        placements.sort(Comparator.comparing(Intervention::start));
        LocalDate from = config.period().startInclusive();
        List<LocalDate> boundaries = boundaries();
        for (Intervention p : placements) {
            boundaries.add(p.start());
            p.end().ifPresent(e -> boundaries.add(e.plusDays(1)));
        }
        ReferenceTally tally = state.tally(SUPERVISION_VISITS_PER_PLACED_CHILD_YEAR);
        segments(from, windowEnd, boundaries, (start, days) -> {
            Optional<Intervention> active = activePlacement(placements, start, null);
            active.ifPresent(p -> tally.observe(at(start).withKind(p.kind().name()), a -> a.add(EXPOSURE, days)));
        });
        for (SupervisionVisit v : c.supervisionVisits()) {
            if (!v.conversationWithChild() || !counts(v.date())) {
                continue;
            }
            Optional<Intervention> active =
                    activePlacement(placements, v.date(), v.interventionId().orElse(null));
            active.ifPresent(p -> tally.observe(at(v.date()).withKind(p.kind().name()), a -> a.add(EVENTS, 1)));
        }
    }

    private static Optional<Intervention> activePlacement(List<Intervention> placements, LocalDate day, PartId named) {
        Intervention first = null;
        for (Intervention p : placements) {
            if (p.isActiveOn(day)) {
                if (p.id().equals(named)) {
                    return Optional.of(p);
                }
                if (first == null) {
                    first = p;
                }
            }
        }
        return Optional.ofNullable(first);
    }

    // ---- caseworkers -------------------------------------------------------------------------------------------

    private void continuity() {
        LocalDate from = later(c.opened(), config.period().startInclusive());
        LocalDate to = windowEnd;
        if (c.closing().isPresent() && c.closing().get().closed().isBefore(to)) {
            to = c.closing().get().closed();
        }
        if (!from.isBefore(to)) {
            return;
        }
        ReferenceTally tally = state.tally(CASEWORKER_CHANGES_PER_CASE_YEAR);
        segments(from, to, boundaries(), (start, days) -> tally.observe(at(start), a -> a.add(EXPOSURE, days)));
        List<CaseworkerAssignment> ordered = new ArrayList<>(c.assignments());
        ordered.sort(Comparator.comparing(CaseworkerAssignment::from));
        for (int i = 1; i < ordered.size(); i++) {
            LocalDate day = ordered.get(i).from();
            boolean change =
                    !ordered.get(i).caseworker().equals(ordered.get(i - 1).caseworker());
            if (change && !day.isBefore(from) && day.isBefore(to)) {
                tally.observe(at(day), a -> a.add(EVENTS, 1));
            }
        }
    }
}
