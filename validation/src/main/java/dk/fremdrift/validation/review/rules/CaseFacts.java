package dk.fremdrift.validation.review.rules;

import dk.fremdrift.deadlines.DeadlineEvaluation;
import dk.fremdrift.deadlines.DeadlineEvaluations;
import dk.fremdrift.deadlines.DeadlineStatus;
import dk.fremdrift.deadlines.Duty;
import dk.fremdrift.deadlines.internal.ZoneDates;
import dk.fremdrift.model.CaseworkerAssignment;
import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.ChildConversation;
import dk.fremdrift.model.ConversationOutcome;
import dk.fremdrift.model.Intervention;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the rules of every pack of one review share: the case, the moment, the deadline engine's evaluations, and
 * facts of the case that several rules, or the same rule under both packs, would otherwise each work out again: the
 * dates of the notifications and their assessments, whether the child had support when a notification came, the
 * conversations that count for each decision, the assignments in order. Each fact is worked out when a rule first
 * asks for it, and is a pure function of the case, asOf and the zone, so sharing it changes no result.
 *
 * <p>Built by the review once per case and shared by the contexts of its packs ({@link
 * ReviewContext#ReviewContext(CaseFacts, dk.fremdrift.model.InForcePeriod)}); not shared between reviews, not
 * thread-safe.
 */
public final class CaseFacts {

    private static final Object NONE = new Object();

    private final ChildCase childCase;
    private final Instant asOf;
    private final ZoneDates zoneDates;
    private final LocalDate asOfDate;
    private final List<DeadlineEvaluation> evaluations;
    /** The evaluations overdue or met late, in order: the only ones a timeliness rule reports. */
    private final List<DeadlineEvaluation> late;

    private final Set<Duty> claimedDuties;
    private final Period conversationLookback;

    /** By notification: the date it was received; null until asked for. */
    private LocalDate[] received;
    /** By notification: the date of its assessment; null until asked for. */
    private LocalDate[] assessed;
    /** By notification: 1 if the child had an intervention on the day it was received, 0 if not, -1 until asked. */
    private byte[] support;
    /** By decision: the held and the omitted conversation that count for it, or {@link #NONE}; null until asked. */
    private Object[] held;

    private Object[] omitted;
    private List<CaseworkerAssignment> assignmentsByStart;

    /**
     * Returns the facts of one review.
     *
     * @param childCase the case
     * @param asOf the moment of the review
     * @param zone the zone in which moments become dates, the engine's
     * @param evaluations the deadline engine's evaluations of the case at {@code asOf}
     * @param claimedDuties the deadline duties some timeliness rule of the review reports
     */
    public CaseFacts(
            ChildCase childCase,
            Instant asOf,
            ZoneId zone,
            List<DeadlineEvaluation> evaluations,
            Set<Duty> claimedDuties) {
        this(childCase, asOf, zone, evaluations, claimedDuties, Period.ofMonths(ChildConversations.LOOKBACK_MONTHS));
    }

    /**
     * Returns the facts of one review, with the period before a decision in which a conversation that names no
     * decision counts for it.
     *
     * @param childCase the case
     * @param asOf the moment of the review
     * @param zone the zone in which moments become dates, the engine's
     * @param evaluations the deadline engine's evaluations of the case at {@code asOf}
     * @param claimedDuties the deadline duties some timeliness rule of the review reports
     * @param conversationLookback the period, positive
     */
    public CaseFacts(
            ChildCase childCase,
            Instant asOf,
            ZoneId zone,
            List<DeadlineEvaluation> evaluations,
            Set<Duty> claimedDuties,
            Period conversationLookback) {
        this.conversationLookback = Objects.requireNonNull(conversationLookback, "conversationLookback");
        this.childCase = Objects.requireNonNull(childCase, "childCase");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.zoneDates = ZoneDates.of(Objects.requireNonNull(zone, "zone"));
        this.asOfDate = zoneDates.dateOf(asOf);
        // The engine's list as it is (unmodifiable, no null), any other copied.
        this.evaluations = DeadlineEvaluations.of(evaluations);
        List<DeadlineEvaluation> lateOnes = new ArrayList<>();
        for (int i = 0; i < this.evaluations.size(); i++) {
            DeadlineEvaluation e = this.evaluations.get(i);
            if (e.status() == DeadlineStatus.OVERDUE || e.status() == DeadlineStatus.MET_LATE) {
                lateOnes.add(e);
            }
        }
        this.late = lateOnes;
        this.claimedDuties = Set.copyOf(claimedDuties);
    }

    ChildCase childCase() {
        return childCase;
    }

    Instant asOf() {
        return asOf;
    }

    LocalDate asOfDate() {
        return asOfDate;
    }

    ZoneDates zoneDates() {
        return zoneDates;
    }

    List<DeadlineEvaluation> evaluations() {
        return evaluations;
    }

    List<DeadlineEvaluation> lateEvaluations() {
        return late;
    }

    Set<Duty> claimedDuties() {
        return claimedDuties;
    }

    Period conversationLookback() {
        return conversationLookback;
    }

    /** The date of a moment in the engine's zone, as {@link LocalDate#ofInstant(Instant, ZoneId)}. */
    LocalDate dateOf(Instant instant) {
        return zoneDates.dateOf(Objects.requireNonNull(instant, "instant"));
    }

    /** The date the notification with the index was received. */
    LocalDate receivedOn(int notification) {
        if (received == null) {
            received = new LocalDate[childCase.notifications().size()];
        }
        LocalDate date = received[notification];
        if (date == null) {
            date = dateOf(childCase.notifications().get(notification).received());
            received[notification] = date;
        }
        return date;
    }

    /** The date of the assessment of the notification with the index, which must have one. */
    LocalDate assessedOn(int notification) {
        if (assessed == null) {
            assessed = new LocalDate[childCase.notifications().size()];
        }
        LocalDate date = assessed[notification];
        if (date == null) {
            date = dateOf(childCase
                    .notifications()
                    .get(notification)
                    .assessment()
                    .get()
                    .assessed());
            assessed[notification] = date;
        }
        return date;
    }

    /** Tells whether the child had an intervention running on the day the notification with the index came. */
    boolean hadSupportWhenReceived(int notification) {
        if (support == null) {
            support = new byte[childCase.notifications().size()];
            Arrays.fill(support, (byte) -1);
        }
        if (support[notification] < 0) {
            LocalDate date = receivedOn(notification);
            boolean any = false;
            for (Intervention iv : childCase.interventions()) {
                if (iv.isActiveOn(date)) {
                    any = true;
                    break;
                }
            }
            support[notification] = (byte) (any ? 1 : 0);
        }
        return support[notification] == 1;
    }

    /** The held conversation that counts for the decision with the index, or null. */
    ChildConversation heldFor(int decision) {
        if (held == null) {
            held = new Object[childCase.decisions().size()];
        }
        if (held[decision] == null) {
            ChildConversation k = ChildConversations.counting(
                    childCase, childCase.decisions().get(decision), ConversationOutcome.HELD, conversationLookback);
            held[decision] = k == null ? NONE : k;
        }
        return held[decision] == NONE ? null : (ChildConversation) held[decision];
    }

    /** The latest omitted conversation that counts for the decision with the index, or null. */
    ChildConversation omittedFor(int decision) {
        if (omitted == null) {
            omitted = new Object[childCase.decisions().size()];
        }
        if (omitted[decision] == null) {
            ChildConversation k = ChildConversations.counting(
                    childCase, childCase.decisions().get(decision), ConversationOutcome.OMITTED, conversationLookback);
            omitted[decision] = k == null ? NONE : k;
        }
        return omitted[decision] == NONE ? null : (ChildConversation) omitted[decision];
    }

    /** The assignments starting on or before asOf's date, in order of their start; equal starts in case order. */
    List<CaseworkerAssignment> assignmentsByStart() {
        if (assignmentsByStart == null) {
            List<CaseworkerAssignment> seen = new ArrayList<>();
            for (CaseworkerAssignment a : childCase.assignments()) {
                if (!a.from().isAfter(asOfDate)) {
                    // Insertion keeps equal starts in case order, as a stable sort does.
                    int at = seen.size();
                    while (at > 0 && seen.get(at - 1).from().isAfter(a.from())) {
                        at--;
                    }
                    seen.add(at, a);
                }
            }
            assignmentsByStart = seen;
        }
        return assignmentsByStart;
    }
}
