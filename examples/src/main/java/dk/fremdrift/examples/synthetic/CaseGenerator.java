package dk.fremdrift.examples.synthetic;

import dk.fremdrift.examples.synthetic.SyntheticProfile.PriceRange;
import dk.fremdrift.model.AccessRequest;
import dk.fremdrift.model.AppealOutcome;
import dk.fremdrift.model.Assessment;
import dk.fremdrift.model.AssessmentOutcome;
import dk.fremdrift.model.CaseClosing;
import dk.fremdrift.model.Child;
import dk.fremdrift.model.ChildConversation;
import dk.fremdrift.model.ClosingReason;
import dk.fremdrift.model.Complaint;
import dk.fremdrift.model.Decision;
import dk.fremdrift.model.DecisionKind;
import dk.fremdrift.model.DecisionOutcome;
import dk.fremdrift.model.EmergencyDecision;
import dk.fremdrift.model.Exploration;
import dk.fremdrift.model.FollowUp;
import dk.fremdrift.model.Goal;
import dk.fremdrift.model.GoalArea;
import dk.fremdrift.model.GoalIndicator;
import dk.fremdrift.model.GoalMeasurement;
import dk.fremdrift.model.Intervention;
import dk.fremdrift.model.InterventionKind;
import dk.fremdrift.model.Investigation;
import dk.fremdrift.model.Law;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.model.Notification;
import dk.fremdrift.model.NotifierKind;
import dk.fremdrift.model.PartId;
import dk.fremdrift.model.PlacementDecisionKind;
import dk.fremdrift.model.Plan;
import dk.fremdrift.model.PlanKind;
import dk.fremdrift.model.PlanRevision;
import dk.fremdrift.model.Price;
import dk.fremdrift.model.Screening;
import dk.fremdrift.model.ScreeningOutcome;
import dk.fremdrift.model.SupervisionVisit;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Generates the story of one case from its own seed: the child, the notifications and every step that follows,
 * up to the end of the period. Caseworkers are added afterwards by {@link Staffing}, so that the story of a case
 * does not depend on the staffing (which is sized from a sample of stories).
 *
 * <p>The period ends before {@code to}: the data is a snapshot taken at the start of that day in Danish time.
 * Nothing dated on or after the snapshot is recorded: an investigation still running has no completion date, a
 * support still running has no end (or its planned end), and so on. A case that moves away is cut the same way
 * at the day of the move, and closed for that reason.
 *
 * <p>Thread-safe: it holds only immutable configuration; each story has its own generator of random numbers.
 */
final class CaseGenerator {

    /** Danish time, in which every date of a case is a date. */
    static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    /** The first day of barnets lov; serviceloven's child-welfare rules apply to events before it. */
    static final LocalDate BARNETS_LOV_START = LocalDate.of(2024, 1, 1);

    static final long CASE_SALT = 0x4341534531L;

    /**
     * The salt of the appeals' own streams: Ankestyrelsen's decisions are drawn apart from the story, so that adding
     * them left every other part of the synthetic municipality as it was.
     */
    static final long APPEAL_SALT = 0x414E4B45L;

    /** Relative weights of the child's age (0-17) at the first notification (assumption: peaks at 0 and 13-15). */
    private static final double[] AGE_WEIGHTS = {8, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 6, 6, 7, 8, 8, 7, 5};

    /** Relative weights of the days from notification to screening, 0 to 10 (assumption). */
    private static final double[] SCREENING_DELAY_WEIGHTS = {10, 30, 20, 12, 8, 6, 4, 3, 3, 2, 2};

    /** Relative weights of the number of goals in a plan, 1 to 4 (assumption). */
    private static final double[] GOAL_COUNT_WEIGHTS = {2, 4, 3, 1};

    // Fixed assumptions that are not part of the profile.
    private static final double ASSESSMENT_LATE_BY_DAYS_SHARE = 0.30;
    private static final double NOTIFIER_INFORMED_RATE = 0.60;
    private static final double DECISION_NOTIFIED_RATE = 0.90;
    private static final double EMERGENCY_APPROVAL_MISSING_RATE = 0.05;
    private static final double EMERGENCY_CONTINUED_RATE = 0.70;
    private static final double RETREATMENT_ON_TIME_RATE = 0.85;
    private static final double RETREATMENT_MISSING_RATE = 0.05;
    private static final double YOUTH_DECISION_MISSING_RATE = 0.10;
    private static final double PLAN_BEFORE_PLACEMENT_WITHOUT_CONSENT_RATE = 0.90;
    private static final double ACTION_PLAN_RATE_FOR_SUPPORT = 0.90;
    private static final double SECOND_SUPPORT_INTERVENTION_RATE = 0.25;
    private static final double COMPLAINT_REASSESSMENT_MISSING_RATE = 0.05;
    private static final double COMPLAINT_FORWARDED_RATE = 0.70;
    /**
     * Ankestyrelsen's outcomes, in the order of {@link #APPEAL_OUTCOMES} (assumption: about 5 % dismissed, and of the
     * rest about a third reversed, near the 31.8 % (2021) to about 38 % (2022) Ankestyrelsen publishes for the social
     * area).
     */
    private static final double[] APPEAL_OUTCOME_WEIGHTS = {62, 20, 10, 3, 5};

    private static final AppealOutcome[] APPEAL_OUTCOMES = {
        AppealOutcome.UPHELD,
        AppealOutcome.REMITTED,
        AppealOutcome.CHANGED,
        AppealOutcome.ANNULLED,
        AppealOutcome.DISMISSED
    };
    private static final double ACCESS_MISSING_RATE = 0.05;
    private static final double PLAN_REVISION_RATE = 0.50;

    /**
     * Relative weights of the areas of concern an assessment or investigation records, in the order of {@link
     * GoalArea}: development and behaviour and family most often, then school, health, leisure and friendships, and
     * other matters rarely (assumption).
     */
    private static final double[] CONCERN_AREA_WEIGHTS = {30, 30, 18, 10, 8, 4};

    /** Relative weights of the number of areas of concern an investigation records, 1 to 3 (assumption). */
    private static final double[] INVESTIGATION_CONCERN_COUNT_WEIGHTS = {30, 45, 25};

    /** Relative weights of the number of areas of concern an assessment records when it records any, 1 to 2. */
    private static final double[] ASSESSMENT_CONCERN_COUNT_WEIGHTS = {70, 30};

    /** Share of recorded assessments that record the areas of concern (assumption). */
    private static final double ASSESSMENT_CONCERNS_RATE = 0.60;

    /**
     * Share of investigations not finished at the snapshot (still running, or stalled) that already record areas of
     * concern; a finished investigation always does (assumption).
     */
    private static final double OPEN_INVESTIGATION_CONCERNS_RATE = 0.60;

    /**
     * Share of decisions on support or placement after a finished investigation that record it as their basis; the
     * rest leave it unrecorded (assumption).
     */
    private static final double BASED_ON_RECORDED_RATE = 0.90;

    /** Share of a plan's goals that name the interventions working toward them (assumption). */
    private static final double GOAL_INTERVENTIONS_RATE = 0.85;

    /**
     * Share of plans made after an investigation whose goals are set for every area of concern it found (with a goal
     * more if needed); the goals of the others are drawn freely and cover the concerns only by chance (assumption,
     * about three quarters of plans cover them in all).
     */
    private static final double PLAN_COVERS_CONCERNS_RATE = 0.70;

    /** Chance that a goal beyond those for the areas of concern is also about one of them (assumption). */
    private static final double EXTRA_GOAL_ON_CONCERN_RATE = 0.50;

    private static final int MAX_NOTIFICATIONS = 12;
    private static final int MAX_SUPPORT_RENEWALS = 3;

    private static final LegalReference SEL_52_3 = LegalReference.of(Law.SERVICELOVEN, "52", 3);
    private static final LegalReference SEL_58 = LegalReference.of(Law.SERVICELOVEN, "58");
    private static final LegalReference SEL_68 = LegalReference.of(Law.SERVICELOVEN, "68");
    private static final LegalReference SEL_76 = LegalReference.of(Law.SERVICELOVEN, "76");
    private static final LegalReference BL_32 = LegalReference.of(Law.BARNETS_LOV, "32");
    private static final LegalReference BL_46 = LegalReference.of(Law.BARNETS_LOV, "46");
    private static final LegalReference BL_47 = LegalReference.of(Law.BARNETS_LOV, "47");
    private static final LegalReference SEL_62 = LegalReference.of(Law.SERVICELOVEN, "62");
    private static final LegalReference BL_50 = LegalReference.of(Law.BARNETS_LOV, "50");
    private static final LegalReference SEL_75 = LegalReference.of(Law.SERVICELOVEN, "75");
    private static final LegalReference BL_143 = LegalReference.of(Law.BARNETS_LOV, "143");

    /** Share of follow-ups under barnets lov that record the date decided for the next one (§ 95, stk. 3). */
    private static final double NEXT_FOLLOW_UP_RECORDED_RATE = 0.92;

    /** Share of supervision visits without a conversation that record why it was left out. */
    private static final double VISIT_OMISSION_REASON_RATE = 0.6;

    private static final LegalReference BL_99 = LegalReference.of(Law.BARNETS_LOV, "99");
    private static final LegalReference BL_114 = LegalReference.of(Law.BARNETS_LOV, "114");

    private static final NotifierKind[] NOTIFIER_KINDS = NotifierKind.values();
    private static final AssessmentOutcome[] ASSESSMENT_OUTCOMES = AssessmentOutcome.values();
    private static final GoalArea[] GOAL_AREAS = GoalArea.values();

    private final SyntheticProfile profile;
    private final long seed;
    private final int children;
    private final LocalDate from;
    private final LocalDate to;
    private final double[] cumulativeDayWeights;
    private final double[] notifierWeights;
    private final double[] assessmentOutcomeWeights;

    CaseGenerator(SyntheticProfile profile, long seed, int children, LocalDate from, LocalDate to) {
        this.profile = profile;
        this.seed = seed;
        this.children = children;
        this.from = from;
        this.to = to;
        int days = (int) ChronoUnit.DAYS.between(from, to);
        this.cumulativeDayWeights = new double[days];
        double sum = 0;
        for (int i = 0; i < days; i++) {
            sum += dayWeight(from.plusDays(i));
            cumulativeDayWeights[i] = sum;
        }
        this.notifierWeights = new double[NOTIFIER_KINDS.length];
        for (int i = 0; i < NOTIFIER_KINDS.length; i++) {
            notifierWeights[i] = profile.notifierWeights().get(NOTIFIER_KINDS[i]);
        }
        this.assessmentOutcomeWeights = new double[ASSESSMENT_OUTCOMES.length];
        for (int i = 0; i < ASSESSMENT_OUTCOMES.length; i++) {
            assessmentOutcomeWeights[i] = profile.assessmentOutcomeWeights().get(ASSESSMENT_OUTCOMES[i]);
        }
    }

    /**
     * The relative chance that a case opens on a day: fewer notifications on weekends, in July and over
     * Christmas (assumption).
     */
    private static double dayWeight(LocalDate d) {
        double w = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY ? 0.25 : 1.0;
        if (d.getMonth() == Month.JULY) {
            w *= 0.7;
        }
        if ((d.getMonth() == Month.DECEMBER && d.getDayOfMonth() >= 24)
                || (d.getMonth() == Month.JANUARY && d.getDayOfMonth() == 1)) {
            w *= 0.5;
        }
        return w;
    }

    SplitMix64 caseRandom(int index) {
        return new SplitMix64(SplitMix64.derive(seed, CASE_SALT, index));
    }

    /**
     * The date case {@code index} opens: the cases are spread over the period in index order (stratified), so
     * that case numbers rise with the opening date as in a case system. Non-decreasing in {@code index}.
     */
    LocalDate openedOn(int index) {
        return openedOn(index, caseRandom(index).nextDouble());
    }

    private LocalDate openedOn(int index, double u) {
        double target = (index + u) / children * cumulativeDayWeights[cumulativeDayWeights.length - 1];
        int lo = 0;
        int hi = cumulativeDayWeights.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulativeDayWeights[mid] > target) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return from.plusDays(lo);
    }

    /** The chain of steps that followed an escalated screening: when it ended and why, or open at the cutoff. */
    private record End(LocalDate date, ClosingReason reason) {
        static final End OPEN = new End(null, ClosingReason.OTHER);

        boolean isOpen() {
            return date == null;
        }
    }

    /**
     * What the decisions of a chain rest on: the finished investigation (null if none) and the areas of concern it
     * found, which the plans' goals are set for.
     */
    private record Grounds(PartId investigationId, List<GoalArea> concerns) {
        static final Grounds NONE = new Grounds(null, List.of());
    }

    /** A placement decided but not yet given its end: the intervention is written when its end is known. */
    private record PlacementDraft(
            PartId id, InterventionKind kind, LegalReference basis, LocalDate start, Price price) {}

    /** Generates the story of case {@code index}. */
    Story story(int index) {
        SplitMix64 r = caseRandom(index);
        Story s = new Story(index, r);
        s.opened = openedOn(index, r.nextDouble());
        int age = r.weighted(AGE_WEIGHTS);
        LocalDate birth = s.opened.minusYears(age).minusDays(r.nextInt(364));
        s.child = Child.of(birth);
        s.adult = s.child.birthday(18);
        s.cutoff = to;
        if (r.chance(profile.movedRate())) {
            LocalDate move = s.opened.plusDays(r.between(30, 1095));
            if (move.isBefore(to)) {
                s.cutoff = move;
                s.moved = true;
            }
        }
        s.cutoffInstant = s.cutoff.atStartOfDay(ZONE).toInstant();
        s.lastActivity = s.opened;

        List<Instant> times = notificationTimes(s);
        processNotifications(s, times);
        managementReviews(s);
        accessRequests(s);
        return s;
    }

    private List<Instant> notificationTimes(Story s) {
        SplitMix64 r = s.rng;
        double extraMean = profile.meanNotificationsPerChild() - 1.0;
        double q = extraMean / (1.0 + extraMean);
        int count = 1;
        while (count < MAX_NOTIFICATIONS && r.chance(q)) {
            count++;
        }
        List<Instant> times = new ArrayList<>(count);
        LocalDate d = s.opened;
        for (int k = 0; k < count; k++) {
            if (k > 0) {
                long gap = Math.max(1, Math.round(r.exponential(profile.repeatNotificationMeanGapDays())));
                d = d.plusDays(gap);
            }
            Instant t = timeOn(d, r);
            if (!d.isBefore(s.cutoff) || !d.isBefore(s.adult)) {
                break;
            }
            times.add(t);
        }
        return times;
    }

    /** A moment on a date: mostly office hours on weekdays, any time on weekends (police, emergency room). */
    private static Instant timeOn(LocalDate d, SplitMix64 r) {
        boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
        int minute = !weekend && r.chance(0.85) ? r.between(8 * 60, 16 * 60 - 1) : r.nextInt(24 * 60);
        return d.atTime(LocalTime.of(minute / 60, minute % 60)).atZone(ZONE).toInstant();
    }

    private static LocalDate dateOf(Instant t) {
        return LocalDate.ofInstant(t, ZONE);
    }

    private void processNotifications(Story s, List<Instant> times) {
        SplitMix64 r = s.rng;
        boolean busyForever = false;
        LocalDate busyUntil = null;
        ClosingReason reason = ClosingReason.NO_FURTHER_ACTION;
        int j = 0;
        while (j < times.size()) {
            Instant t = times.get(j);
            LocalDate d = dateOf(t);
            int first = addNotification(s, t);
            if (busyForever || (busyUntil != null && d.isBefore(busyUntil))) {
                j++;
                continue;
            }
            LocalDate screened = d.plusDays(r.weighted(SCREENING_DELAY_WEIGHTS));
            if (!screened.isBefore(s.cutoff)) {
                // Not yet screened at the snapshot; the case stays open.
                busyForever = true;
                j++;
                continue;
            }
            List<Integer> grouped = new ArrayList<>();
            grouped.add(first);
            while (j + 1 < times.size() && !dateOf(times.get(j + 1)).isAfter(screened)) {
                j++;
                grouped.add(addNotification(s, times.get(j)));
            }
            Notification acute = null;
            List<PartId> ids = new ArrayList<>();
            for (int at : grouped) {
                Notification n = s.notifications.get(at);
                ids.add(n.id());
                if (acute == null
                        && n.assessment()
                                .map(a -> a.outcome() == AssessmentOutcome.ACUTE_ACTION_NEEDED)
                                .orElse(false)) {
                    acute = n;
                }
            }
            boolean emergency =
                    acute != null && r.chance(profile.emergencyShareOfAcute()) && d.isBefore(s.adult.minusDays(60));
            ScreeningOutcome outcome;
            double x = r.nextDouble();
            if (emergency || x >= 1.0 - profile.screeningInvestigationRate()) {
                outcome = ScreeningOutcome.INVESTIGATION;
            } else if (x < profile.screeningExplorationRate() && !screened.isBefore(BARNETS_LOV_START)) {
                outcome = ScreeningOutcome.EXPLORATION;
            } else {
                outcome = ScreeningOutcome.NO_ACTION;
            }
            s.screenings.add(new Screening(s.next(Story.SCREENING), screened, outcome, ids));
            s.touch(screened);
            for (int at : grouped) {
                Notification n = s.notifications.get(at);
                if (n.notifierKind().isProfessional() && r.chance(NOTIFIER_INFORMED_RATE)) {
                    LocalDate informed = screened.plusDays(r.between(1, 30));
                    if (informed.isBefore(s.cutoff)) {
                        s.notifications.set(at, n.withNotifierInformed(informed));
                    }
                }
            }
            j++;
            if (outcome == ScreeningOutcome.NO_ACTION) {
                continue;
            }
            End end = chain(s, d, screened, outcome, emergency ? acute : null);
            if (end.isOpen()) {
                busyForever = true;
            } else {
                busyUntil = end.date();
                reason = end.reason();
                s.touch(end.date());
            }
        }
        if (!busyForever) {
            LocalDate closed = s.lastActivity.plusDays(r.between(1, 45));
            if (closed.isBefore(s.cutoff)) {
                s.closing = CaseClosing.of(closed, reason);
                return;
            }
        }
        if (s.moved) {
            s.closing = CaseClosing.of(s.cutoff, ClosingReason.MOVED);
        }
    }

    /** Adds a notification received at {@code t}, with its assessment and receipt; returns its index. */
    private int addNotification(Story s, Instant t) {
        SplitMix64 r = s.rng;
        NotifierKind kind = NOTIFIER_KINDS[r.weighted(notifierWeights)];
        Notification n = Notification.of(s.next(Story.NOTIFICATION), t, kind);
        AssessmentOutcome outcome = ASSESSMENT_OUTCOMES[r.weighted(assessmentOutcomeWeights)];
        double x = r.nextDouble();
        Instant assessed = null;
        if (x < profile.assessmentOnTimeRate()) {
            double u = r.nextDouble();
            assessed = t.plus(15 + (long) (u * u * (24 * 60 - 30)), ChronoUnit.MINUTES);
        } else if (x >= profile.assessmentOnTimeRate() + profile.assessmentMissingRate()) {
            assessed = r.chance(ASSESSMENT_LATE_BY_DAYS_SHARE)
                    ? t.plus(r.between(3 * 24 * 60, 14 * 24 * 60), ChronoUnit.MINUTES)
                    : t.plus(r.between(24 * 60 + 1, 72 * 60), ChronoUnit.MINUTES);
        }
        if (assessed != null && assessed.isBefore(s.cutoffInstant)) {
            Assessment a = Assessment.of(assessed, outcome);
            if (r.chance(ASSESSMENT_CONCERNS_RATE)) {
                a = a.withConcerns(concernAreas(r, 1 + r.weighted(ASSESSMENT_CONCERN_COUNT_WEIGHTS)));
            }
            n = n.withAssessment(a);
            s.serious |= outcome.isSerious();
            s.touch(dateOf(assessed));
        }
        if (kind.isProfessional()) {
            double y = r.nextDouble();
            LocalDate receiptDay = null;
            if (y < profile.receiptOnTimeRate()) {
                receiptDay = plusWeekdays(dateOf(t), r.between(1, 5));
            } else if (y >= profile.receiptOnTimeRate() + profile.receiptMissingRate()) {
                receiptDay = plusWeekdays(dateOf(t), r.between(10, 20));
            }
            if (receiptDay != null) {
                int minute = r.between(9 * 60, 15 * 60);
                Instant sent = receiptDay
                        .atTime(LocalTime.of(minute / 60, minute % 60))
                        .atZone(ZONE)
                        .toInstant();
                if (sent.isBefore(s.cutoffInstant)) {
                    n = n.withReceiptSent(sent);
                }
            }
        }
        s.notifications.add(n);
        s.touch(dateOf(t));
        return s.notifications.size() - 1;
    }

    /**
     * Adds weekdays (Monday to Friday). Holidays are not skipped: a receipt sent within 5 weekdays is always within
     * 6 working days, and one sent after 10 or more weekdays always later than that, holidays or not.
     */
    static LocalDate plusWeekdays(LocalDate d, int weekdays) {
        LocalDate x = d;
        int left = weekdays;
        while (left > 0) {
            x = x.plusDays(1);
            if (x.getDayOfWeek() != DayOfWeek.SATURDAY && x.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return x;
    }

    private End chain(Story s, LocalDate awareOn, LocalDate screened, ScreeningOutcome outcome, Notification acute) {
        SplitMix64 r = s.rng;
        PlacementDraft emergency = null;
        LocalDate start;
        if (acute != null) {
            emergency = emergencyPlacement(s, acute);
            if (emergency == null) {
                return End.OPEN;
            }
            LocalDate base = emergency.start().isAfter(screened) ? emergency.start() : screened;
            start = base.plusDays(r.between(0, 3));
        } else if (outcome == ScreeningOutcome.EXPLORATION) {
            LocalDate explorationStart = screened.plusDays(r.between(0, 5));
            if (!explorationStart.isBefore(s.cutoff)) {
                return End.OPEN;
            }
            LocalDate explorationEnd = explorationStart.plusDays(r.between(14, 70));
            boolean done = explorationEnd.isBefore(s.cutoff);
            s.explorations.add(new Exploration(
                    s.next(Story.EXPLORATION),
                    explorationStart,
                    done ? Optional.of(explorationEnd) : Optional.empty()));
            if (!done) {
                return End.OPEN;
            }
            s.touch(explorationEnd);
            if (!r.chance(profile.explorationToInvestigationRate())) {
                return new End(explorationEnd, ClosingReason.NO_FURTHER_ACTION);
            }
            start = explorationEnd.plusDays(r.between(0, 7));
        } else {
            start = screened.plusDays(r.between(0, 5));
        }
        if (!start.isBefore(s.cutoff)) {
            return openWith(s, emergency);
        }
        if (emergency == null && !start.isBefore(s.adult.minusDays(30))) {
            return new End(screened, ClosingReason.ADULT);
        }
        Investigation inv = investigation(s, awareOn, start);
        if (inv.completed().isEmpty()) {
            return openWith(s, emergency);
        }
        LocalDate completed = inv.completed().get();
        Grounds grounds = new Grounds(inv.id(), List.copyOf(inv.concerns()));
        LocalDate decided = completed.plusDays(r.between(0, 21));
        if (!decided.isBefore(s.cutoff)) {
            return openWith(s, emergency);
        }
        if (!decided.isBefore(s.adult)) {
            if (emergency != null) {
                finishPlacement(s, emergency, s.adult.minusDays(1), null);
            }
            return new End(completed, ClosingReason.ADULT);
        }
        if (emergency != null) {
            if (r.chance(EMERGENCY_CONTINUED_RATE)) {
                return placement(s, DecisionKind.PLACEMENT_WITHOUT_CONSENT, decided, emergency, grounds);
            }
            finishPlacement(s, emergency, decided, null);
            terminate(s, decided, emergency.id());
            if (r.chance(0.5)) {
                return support(s, decided, grounds);
            }
            return new End(decided, ClosingReason.SUPPORT_ENDED);
        }
        double x = r.nextDouble();
        double noSupport = profile.noSupportAfterInvestigationRate();
        double withConsent = noSupport + profile.placementWithConsentRate();
        double withoutConsent = withConsent + profile.placementWithoutConsentRate();
        if (x < noSupport) {
            return new End(completed, ClosingReason.NO_FURTHER_ACTION);
        } else if (x < withConsent) {
            return placement(s, DecisionKind.PLACEMENT_WITH_CONSENT, decided, null, grounds);
        } else if (x < withoutConsent) {
            return placement(s, DecisionKind.PLACEMENT_WITHOUT_CONSENT, decided, null, grounds);
        }
        return support(s, decided, grounds);
    }

    /** The chain is open at the cutoff; an emergency placement still runs then. */
    private End openWith(Story s, PlacementDraft emergency) {
        if (emergency != null) {
            finishPlacement(s, emergency, s.adult.minusDays(1), null);
        }
        return End.OPEN;
    }

    /**
     * Adds an investigation and returns it: finished if it was finished before the cutoff, and with the areas of
     * concern it found (always once finished, often while it runs).
     */
    private Investigation investigation(Story s, LocalDate awareOn, LocalDate started) {
        SplitMix64 r = s.rng;
        LocalDate deadline = awareOn.plusMonths(4);
        double x = r.nextDouble();
        LocalDate completed;
        LocalDate preliminary = null;
        if (x < profile.investigationNeverCompletedRate()) {
            completed = null;
        } else if (x < profile.investigationNeverCompletedRate() + profile.investigationOnTimeRate()
                && !started.plusDays(21).isAfter(deadline)) {
            LocalDate earliest = max(started.plusDays(21), awareOn.plusDays(40));
            if (earliest.isAfter(deadline)) {
                earliest = started.plusDays(21);
            }
            completed = earliest.plusDays(r.between(0, (int) ChronoUnit.DAYS.between(earliest, deadline)));
        } else {
            double tail = r.nextDouble();
            int overrun = tail < 0.6 ? r.between(1, 30) : tail < 0.9 ? r.between(31, 90) : r.between(91, 270);
            completed = max(deadline, started.plusDays(21)).plusDays(overrun);
            if (r.chance(profile.preliminaryAssessmentRate())) {
                preliminary = max(started, deadline.minusDays(r.between(0, 7)));
            }
        }
        Investigation inv = Investigation.of(s.next(Story.INVESTIGATION), awareOn, started);
        if (completed != null && completed.isBefore(s.cutoff)) {
            inv = inv.withCompleted(completed);
            s.touch(completed);
        } else {
            completed = null;
        }
        if (preliminary != null && preliminary.isBefore(s.cutoff)) {
            inv = inv.withPreliminaryAssessment(preliminary);
        }
        if (completed != null || r.chance(OPEN_INVESTIGATION_CONCERNS_RATE)) {
            inv = inv.withConcerns(concernAreas(r, 1 + r.weighted(INVESTIGATION_CONCERN_COUNT_WEIGHTS)));
        }
        s.investigations.add(inv);
        return inv;
    }

    /** Adds an emergency placement decision by the committee chair; returns its placement, or null if none. */
    private PlacementDraft emergencyPlacement(Story s, Notification acute) {
        SplitMix64 r = s.rng;
        Instant implemented = acute.received().plus(r.between(120, 30 * 60), ChronoUnit.MINUTES);
        LocalDate day = dateOf(implemented);
        if (!implemented.isBefore(s.cutoffInstant)) {
            return null;
        }
        EmergencyDecision emergency = EmergencyDecision.of(implemented);
        double x = r.nextDouble();
        Instant notified = x < 0.90
                ? implemented.plus(r.between(60, 23 * 60), ChronoUnit.MINUTES)
                : x < 0.97 ? implemented.plus(r.between(25 * 60, 60 * 60), ChronoUnit.MINUTES) : null;
        if (notified != null && notified.isBefore(s.cutoffInstant)) {
            emergency = emergency.withPartiesNotified(notified);
        }
        double y = r.nextDouble();
        LocalDate approved = null;
        if (y < profile.emergencyApprovalOnTimeRate()) {
            // 7 calendar days counting the day of implementation: the last allowed day is day + 6.
            approved = day.plusDays(r.between(1, 6));
        } else if (y < 1.0 - EMERGENCY_APPROVAL_MISSING_RATE) {
            approved = day.plusDays(r.between(7, 14));
        }
        if (approved != null && approved.isBefore(s.cutoff)) {
            emergency = emergency.withApprovedOn(approved);
        }
        int age = ageOn(s, day);
        InterventionKind kind = age < 12
                ? (r.chance(0.5) ? InterventionKind.FOSTER_CARE : InterventionKind.RESIDENTIAL_INSTITUTION)
                : (r.chance(0.6) ? InterventionKind.RESIDENTIAL_INSTITUTION : InterventionKind.RESIDENTIAL_HOME);
        LegalReference basis = emergencyBasis(day);
        PlacementDraft draft = new PlacementDraft(s.next(Story.INTERVENTION), kind, basis, day, price(r, kind));
        // The chair's emergency decision is made under § 143 (serviceloven § 75), not § 47: it records no
        // placement kind; the committee's ordinary decision that follows it does.
        Decision decision = Decision.of(s.next(Story.DECISION), DecisionKind.PLACEMENT_WITHOUT_CONSENT, basis, day)
                .withGrantedInterventions(draft.id())
                .withEmergency(emergency);
        decision = notified(s, decision);
        s.decisions.add(decision);
        conversation(s, decision.id(), day);
        complaint(s, decision);
        s.touch(day);
        return draft;
    }

    private End placement(Story s, DecisionKind kind, LocalDate decided, PlacementDraft existing, Grounds grounds) {
        SplitMix64 r = s.rng;
        boolean withoutConsent = kind == DecisionKind.PLACEMENT_WITHOUT_CONSENT;
        LegalReference basis = withoutConsent ? withoutConsentBasis(decided) : withConsentBasis(decided);
        LocalDate planned;
        if (withoutConsent) {
            planned = r.chance(PLAN_BEFORE_PLACEMENT_WITHOUT_CONSENT_RATE)
                    ? max(s.opened, decided.minusDays(r.between(1, 30)))
                    : decided.plusDays(r.between(1, 60));
        } else {
            planned = planDate(r, decided);
        }
        PartId decisionId = s.next(Story.DECISION);
        conversation(s, decisionId, decided);
        PlacementDraft draft = existing;
        if (draft == null) {
            LocalDate start = decided.plusDays(r.between(0, 14));
            if (!start.isBefore(s.adult)) {
                start = decided;
            }
            InterventionKind ik = placementKind(r, ageOn(s, decided));
            draft = new PlacementDraft(s.next(Story.INTERVENTION), ik, basis, start, price(r, ik));
        }
        boolean started = draft.start().isBefore(s.cutoff);
        Decision decision = Decision.of(decisionId, kind, basis, decided);
        PlacementDecisionKind placementKind = null;
        if (withoutConsent) {
            // Recorded on the decision (serviceloven § 62, stk. 1-2): was the child placed in the year before? An
            // emergency placement that this decision continues is the same placement, not an earlier one.
            placementKind = placedInYearBefore(s, decided, existing == null ? null : existing.id())
                    ? PlacementDecisionKind.PLACEMENT_AFTER_RECENT_PLACEMENT
                    : PlacementDecisionKind.PLACEMENT;
            decision = decision.withPlacementKind(placementKind);
        }
        if (started) {
            decision = decision.withGrantedInterventions(draft.id());
        }
        decision = basedOn(s, decision, grounds);
        decision = notified(s, decision);
        s.decisions.add(decision);
        complaint(s, decision);
        s.touch(decided);
        if (!started) {
            return End.OPEN;
        }
        long days = Math.max(90, Math.round(r.logNormal(730, 0.9)));
        LocalDate plannedEnd = min(draft.start().plusDays(days), s.adult.minusDays(1));
        List<LocalDate> followUps =
                finishPlacement(s, draft, plannedEnd, withoutConsent ? decided : null, placementKind, grounds);
        if (planned != null && planned.isBefore(s.cutoff)) {
            s.plans.add(plan(s, planned, followUps, List.of(draft.id()), grounds));
        }
        LocalDate lastDay = lastDay(s, plannedEnd);
        youthPlan(s, draft.start(), lastDay, draft.id(), grounds);
        return afterIntervention(s, draft.start(), plannedEnd, true, draft.id());
    }

    /**
     * Writes a placement with its end, follow-ups and supervision visits, and the re-treatments of a placement
     * without consent; returns the follow-up dates.
     */
    private List<LocalDate> finishPlacement(Story s, PlacementDraft draft, LocalDate plannedEnd, LocalDate decided) {
        return finishPlacement(s, draft, plannedEnd, decided, null, Grounds.NONE);
    }

    private List<LocalDate> finishPlacement(
            Story s,
            PlacementDraft draft,
            LocalDate plannedEnd,
            LocalDate withoutConsentDecided,
            PlacementDecisionKind placementKind,
            Grounds grounds) {
        SplitMix64 r = s.rng;
        Intervention iv = new Intervention(
                draft.id(),
                draft.kind(),
                draft.basis(),
                draft.start(),
                endAsKnown(s, draft.start(), plannedEnd, false),
                Optional.empty(),
                Optional.of(draft.price()));
        s.interventions.add(iv);
        LocalDate lastDay = lastDay(s, plannedEnd);
        List<LocalDate> followUps = followUps(s, iv.id(), draft.start(), lastDay);
        LocalDate visit = draft.start().plusDays(r.between(30, 120));
        while (!visit.isAfter(lastDay)) {
            SupervisionVisit v;
            if (!r.chance(profile.supervisionWithoutConversationRate())) {
                v = SupervisionVisit.ofHeldConversation(s.next(Story.VISIT), visit);
            } else if (r.chance(VISIT_OMISSION_REASON_RATE)) {
                v = SupervisionVisit.ofOmittedConversation(
                        s.next(Story.VISIT),
                        visit,
                        Texts.VISIT_OMISSION_REASONS.get(r.nextInt(Texts.VISIT_OMISSION_REASONS.size())));
            } else {
                v = SupervisionVisit.ofNoConversation(s.next(Story.VISIT), visit);
            }
            s.supervisionVisits.add(v.withIntervention(iv.id()));
            s.touch(visit);
            visit = visit.plusDays(
                    r.chance(profile.supervisionVisitMissedRate()) ? r.between(200, 365) : r.between(120, 182));
        }
        if (withoutConsentDecided != null) {
            int firstPeriod = placementKind == PlacementDecisionKind.PLACEMENT_AFTER_RECENT_PLACEMENT ? 2 : 1;
            retreatments(s, withoutConsentDecided, firstPeriod, iv.id(), lastDay, grounds);
        }
        return followUps;
    }

    /**
     * Re-treatment of a placement without consent (serviceloven § 62, stk. 1-2; barnets lov § 50): a decision to
     * maintain it within 1 year of a first placement (2 years after a placement in the year before), then every 2
     * years. Each is recorded as a maintenance, mostly on the basis of the investigation the placement followed.
     */
    private void retreatments(
            Story s,
            LocalDate decided,
            int firstPeriodYears,
            PartId interventionId,
            LocalDate lastDay,
            Grounds grounds) {
        SplitMix64 r = s.rng;
        LocalDate due = decided.plusYears(firstPeriodYears);
        while (!due.isAfter(lastDay)) {
            double x = r.nextDouble();
            LocalDate date = x < RETREATMENT_ON_TIME_RATE
                    ? due.minusDays(r.between(0, 45))
                    : x < 1.0 - RETREATMENT_MISSING_RATE ? due.plusDays(r.between(1, 60)) : null;
            if (date != null && !date.isAfter(lastDay)) {
                Decision d = Decision.of(
                                s.next(Story.DECISION),
                                DecisionKind.PLACEMENT_WITHOUT_CONSENT,
                                maintenanceBasis(date),
                                date)
                        .withPlacementKind(PlacementDecisionKind.MAINTENANCE)
                        .withGrantedInterventions(interventionId);
                d = basedOn(s, d, grounds);
                d = notified(s, d);
                s.decisions.add(d);
                conversation(s, d.id(), date);
                complaint(s, d);
                s.touch(date);
            }
            due = (date != null ? date : due).plusYears(2);
        }
    }

    private End support(Story s, LocalDate firstDecided, Grounds grounds) {
        SplitMix64 r = s.rng;
        LocalDate decided = firstDecided;
        for (int round = 0; ; round++) {
            LegalReference basis = decided.isBefore(BARNETS_LOV_START) ? SEL_52_3 : BL_32;
            PartId decisionId = s.next(Story.DECISION);
            conversation(s, decisionId, decided);
            s.touch(decided);
            if (r.chance(profile.supportRefusedRate())) {
                Decision refused = notified(
                        s,
                        basedOn(
                                s,
                                Decision.of(decisionId, DecisionKind.SUPPORT, basis, decided)
                                        .withOutcome(DecisionOutcome.REFUSED),
                                grounds));
                s.decisions.add(refused);
                complaint(s, refused);
                return new End(decided, ClosingReason.NO_FURTHER_ACTION);
            }
            int age = ageOn(s, decided);
            InterventionKind first = supportKind(r, age, null);
            InterventionKind second = r.chance(SECOND_SUPPORT_INTERVENTION_RATE) ? supportKind(r, age, first) : null;
            List<Intervention> granted = new ArrayList<>();
            List<LocalDate> plannedEnds = new ArrayList<>();
            boolean startsAfterCutoff = false;
            for (InterventionKind kind : second == null ? List.of(first) : List.of(first, second)) {
                LocalDate start = decided.plusDays(r.between(0, 21));
                long days = Math.max(92, Math.round(r.logNormal(240, 0.6)));
                if (!start.isBefore(s.cutoff)) {
                    startsAfterCutoff = true;
                    continue;
                }
                if (!start.isBefore(s.adult)) {
                    continue;
                }
                LocalDate plannedEnd = min(start.plusDays(days), s.adult.minusDays(1));
                granted.add(new Intervention(
                        s.next(Story.INTERVENTION),
                        kind,
                        basis,
                        start,
                        endAsKnown(s, start, plannedEnd, true),
                        Optional.empty(),
                        Optional.of(price(r, kind))));
                plannedEnds.add(plannedEnd);
            }
            Decision decision = Decision.of(decisionId, DecisionKind.SUPPORT, basis, decided)
                    .withGrantedInterventions(
                            granted.stream().map(Intervention::id).toArray(PartId[]::new));
            decision = basedOn(s, decision, grounds);
            decision = notified(s, decision);
            s.decisions.add(decision);
            complaint(s, decision);
            boolean wantsPlan = r.chance(
                    decided.isBefore(BARNETS_LOV_START) ? ACTION_PLAN_RATE_FOR_SUPPORT : profile.supportPlanRate());
            LocalDate planned = wantsPlan ? planDate(r, decided) : null;
            if (granted.isEmpty()) {
                return startsAfterCutoff ? End.OPEN : new End(decided, ClosingReason.ADULT);
            }
            List<LocalDate> followUps = new ArrayList<>();
            LocalDate maxEnd = null;
            LocalDate earliestStart = null;
            for (int i = 0; i < granted.size(); i++) {
                Intervention iv = granted.get(i);
                s.interventions.add(iv);
                followUps.addAll(followUps(s, iv.id(), iv.start(), lastDay(s, plannedEnds.get(i))));
                maxEnd = maxEnd == null ? plannedEnds.get(i) : max(maxEnd, plannedEnds.get(i));
                earliestStart = earliestStart == null ? iv.start() : min(earliestStart, iv.start());
            }
            followUps.sort(null);
            if (planned != null && planned.isBefore(s.cutoff)) {
                s.plans.add(plan(
                        s,
                        planned,
                        followUps,
                        granted.stream().map(Intervention::id).toList(),
                        grounds));
            }
            boolean agesOut = maxEnd.equals(s.adult.minusDays(1));
            if (agesOut || !maxEnd.isBefore(s.cutoff)) {
                return afterIntervention(s, earliestStart, maxEnd, false, null);
            }
            s.touch(maxEnd);
            if (round >= MAX_SUPPORT_RENEWALS || !r.chance(profile.supportRenewalRate())) {
                return new End(maxEnd, ClosingReason.SUPPORT_ENDED);
            }
            LocalDate next = max(decided.plusDays(1), maxEnd.minusDays(r.between(0, 14)));
            if (!next.isBefore(s.cutoff)) {
                return End.OPEN;
            }
            if (!next.isBefore(s.adult.minusDays(90))) {
                return new End(maxEnd, ClosingReason.SUPPORT_ENDED);
            }
            decided = next;
        }
    }

    /**
     * What follows an intervention planned to end on {@code plannedEnd}: nothing yet if it runs past the cutoff
     * (but the decision on support after 18 may already be made), support after 18 if the child ages out, or a
     * termination of a placement.
     */
    private End afterIntervention(
            Story s, LocalDate start, LocalDate plannedEnd, boolean placement, PartId interventionId) {
        LocalDate sixMonthsBefore18 = s.adult.minusMonths(6);
        boolean runsAtSeventeenAndAHalf = !start.isAfter(sixMonthsBefore18) && !plannedEnd.isBefore(sixMonthsBefore18);
        if (runsAtSeventeenAndAHalf && plannedEnd.equals(s.adult.minusDays(1))) {
            return youthSupport(s, start);
        }
        if (!plannedEnd.isBefore(s.cutoff)) {
            return End.OPEN;
        }
        if (plannedEnd.equals(s.adult.minusDays(1))) {
            return new End(plannedEnd, ClosingReason.ADULT);
        }
        if (placement) {
            terminate(s, plannedEnd, interventionId);
        }
        return new End(plannedEnd, ClosingReason.SUPPORT_ENDED);
    }

    /** A decision on support after 18 (barnets lov § 114; serviceloven § 76), due 6 months before 18. */
    private End youthSupport(Story s, LocalDate activeFrom) {
        SplitMix64 r = s.rng;
        LocalDate due = s.adult.minusMonths(6);
        double x = r.nextDouble();
        LocalDate decided;
        if (x < profile.youthSupportDecisionOnTimeRate()) {
            decided = max(activeFrom.plusDays(1), due.minusDays(r.between(0, 60)));
        } else if (x < profile.youthSupportDecisionOnTimeRate() + YOUTH_DECISION_MISSING_RATE) {
            decided = null;
        } else {
            decided = due.plusDays(r.between(1, 150));
        }
        if (decided == null) {
            return s.adult.isAfter(s.cutoff) ? End.OPEN : new End(s.adult.minusDays(1), ClosingReason.ADULT);
        }
        if (!decided.isBefore(s.cutoff)) {
            return End.OPEN;
        }
        LegalReference basis = decided.isBefore(BARNETS_LOV_START) ? SEL_76 : BL_114;
        PartId decisionId = s.next(Story.DECISION);
        conversation(s, decisionId, decided);
        s.touch(decided);
        if (!r.chance(profile.youthSupportGrantedRate())) {
            Decision refused = notified(
                    s,
                    Decision.of(decisionId, DecisionKind.YOUTH_SUPPORT, basis, decided)
                            .withOutcome(DecisionOutcome.REFUSED));
            s.decisions.add(refused);
            complaint(s, refused);
            return s.adult.isAfter(s.cutoff) ? End.OPEN : new End(s.adult.minusDays(1), ClosingReason.ADULT);
        }
        LocalDate start = s.adult;
        LocalDate plannedEnd =
                min(start.plusDays(r.between(183, 1095)), s.child.birthday(23).minusDays(1));
        Decision decision = Decision.of(decisionId, DecisionKind.YOUTH_SUPPORT, basis, decided);
        if (!start.isBefore(s.cutoff)) {
            s.decisions.add(notified(s, decision));
            return End.OPEN;
        }
        Intervention iv = new Intervention(
                s.next(Story.INTERVENTION),
                InterventionKind.YOUTH_SUPPORT,
                basis,
                start,
                endAsKnown(s, start, plannedEnd, true),
                Optional.empty(),
                Optional.of(price(r, InterventionKind.YOUTH_SUPPORT)));
        decision = notified(s, decision.withGrantedInterventions(iv.id()));
        s.decisions.add(decision);
        complaint(s, decision);
        s.interventions.add(iv);
        followUps(s, iv.id(), start, lastDay(s, plannedEnd));
        if (!plannedEnd.isBefore(s.cutoff)) {
            return End.OPEN;
        }
        return new End(plannedEnd, ClosingReason.ADULT);
    }

    /** A decision ending a placement (hjemgivelse), on its last day. */
    private void terminate(Story s, LocalDate date, PartId interventionId) {
        if (!date.isBefore(s.cutoff)) {
            return;
        }
        LegalReference basis = date.isBefore(BARNETS_LOV_START) ? SEL_68 : BL_99;
        Decision d = Decision.of(s.next(Story.DECISION), DecisionKind.TERMINATION, basis, date)
                .withGrantedInterventions(interventionId);
        s.decisions.add(notified(s, d));
        s.touch(date);
    }

    /**
     * An ungeplan (barnets lov §§ 108-109) for a child who turns 16 in a placement from 2024, due within 3 months
     * of the birthday.
     */
    private void youthPlan(Story s, LocalDate start, LocalDate lastDay, PartId placementId, Grounds grounds) {
        LocalDate sixteen = s.child.birthday(16);
        if (sixteen.isBefore(BARNETS_LOV_START) || sixteen.isBefore(start) || sixteen.isAfter(lastDay)) {
            return;
        }
        LocalDate created = planDate(s.rng, sixteen);
        if (created != null && created.isBefore(s.cutoff)) {
            s.plans.add(plan(s, created, List.of(), List.of(placementId), grounds));
        }
    }

    /** The date a plan is made for a decision: within 3 months, late, or never (null). */
    private LocalDate planDate(SplitMix64 r, LocalDate decided) {
        double x = r.nextDouble();
        LocalDate due = decided.plusMonths(3);
        if (x < profile.planOnTimeRate()) {
            return decided.plusDays(r.between(0, (int) ChronoUnit.DAYS.between(decided, due)));
        } else if (x < profile.planOnTimeRate() + profile.planMissingRate()) {
            return null;
        }
        return due.plusDays(r.between(1, 120));
    }

    /**
     * A plan made on {@code created} for the given interventions: most goals name the interventions that work toward
     * them, and after an investigation the goals are mostly set for the areas of concern it found.
     */
    private Plan plan(
            Story s, LocalDate created, List<LocalDate> followUps, List<PartId> interventions, Grounds grounds) {
        SplitMix64 r = s.rng;
        PlanKind kind;
        if (created.isBefore(BARNETS_LOV_START)) {
            kind = PlanKind.ACTION_PLAN;
        } else {
            kind = ageOn(s, created) >= 16 ? PlanKind.YOUTH_PLAN : PlanKind.CHILD_PLAN;
        }
        PartId planId = s.next(Story.PLAN);
        List<LocalDate> after = new ArrayList<>();
        for (LocalDate f : followUps) {
            if (f.isAfter(created)) {
                after.add(f);
            }
        }
        int goalCount = 1 + r.weighted(GOAL_COUNT_WEIGHTS);
        List<GoalArea> areas = goalAreas(r, goalCount, grounds.concerns());
        List<Goal> goals = new ArrayList<>(areas.size());
        for (GoalArea area : areas) {
            Goal goal = goal(s, created, after, area);
            if (!interventions.isEmpty() && r.chance(GOAL_INTERVENTIONS_RATE)) {
                goal = goal.withInterventions(workingToward(r, interventions));
            }
            goals.add(goal);
        }
        List<PlanRevision> revisions = new ArrayList<>();
        for (LocalDate f : after) {
            if (r.chance(PLAN_REVISION_RATE)) {
                revisions.add(PlanRevision.of(f));
            }
        }
        return new Plan(planId, kind, created, revisions, goals);
    }

    /**
     * The areas of a plan's goals, one per goal; null where the goal's area is drawn freely. Without areas of concern
     * every area is free. Otherwise most plans set a goal for each area of concern, in a random order, adding goals
     * if the plan has fewer than the areas, and may set their other goals for one of them too.
     */
    private static List<GoalArea> goalAreas(SplitMix64 r, int goalCount, List<GoalArea> concerns) {
        List<GoalArea> areas = new ArrayList<>();
        if (!concerns.isEmpty() && r.chance(PLAN_COVERS_CONCERNS_RATE)) {
            List<GoalArea> order = new ArrayList<>(concerns);
            for (int i = order.size() - 1; i > 0; i--) {
                int k = r.nextInt(i + 1);
                order.set(i, order.set(k, order.get(i)));
            }
            areas.addAll(order);
            while (areas.size() < goalCount) {
                areas.add(r.chance(EXTRA_GOAL_ON_CONCERN_RATE) ? concerns.get(r.nextInt(concerns.size())) : null);
            }
            return areas;
        }
        for (int g = 0; g < goalCount; g++) {
            areas.add(null);
        }
        return areas;
    }

    /** The interventions a goal names: the only one, or of several all of them or one. */
    private static PartId[] workingToward(SplitMix64 r, List<PartId> interventions) {
        if (interventions.size() == 1 || r.chance(0.5)) {
            return interventions.toArray(PartId[]::new);
        }
        return new PartId[] {interventions.get(r.nextInt(interventions.size()))};
    }

    /**
     * {@code count} different areas of concern, drawn by {@link #CONCERN_AREA_WEIGHTS}; the model keeps them in the
     * enum's order.
     */
    private static GoalArea[] concernAreas(SplitMix64 r, int count) {
        double[] w = CONCERN_AREA_WEIGHTS.clone();
        GoalArea[] areas = new GoalArea[count];
        for (int i = 0; i < count; i++) {
            int k = r.weighted(w);
            areas[i] = GOAL_AREAS[k];
            w[k] = 0;
        }
        return areas;
    }

    /**
     * Records the finished investigation a decision is made on the basis of, mostly; never without one (an emergency
     * decision or a termination passes {@link Grounds#NONE}).
     */
    private static Decision basedOn(Story s, Decision d, Grounds grounds) {
        if (grounds.investigationId() == null || !s.rng.chance(BASED_ON_RECORDED_RATE)) {
            return d;
        }
        return d.withBasedOn(grounds.investigationId());
    }

    /** A goal; its area is {@code wanted} if not null (a measurable goal then gets an indicator of that area). */
    private Goal goal(Story s, LocalDate created, List<LocalDate> measurementDates, GoalArea wanted) {
        SplitMix64 r = s.rng;
        PartId id = s.next(Story.GOAL);
        boolean measurable = r.chance(profile.measurableGoalRate());
        Texts.IndicatorTemplate t = null;
        if (measurable) {
            List<Texts.IndicatorTemplate> templates = wanted == null
                    ? Texts.INDICATORS
                    : Texts.INDICATORS.stream().filter(x -> x.area() == wanted).toList();
            t = templates.get(r.nextInt(templates.size()));
        }
        GoalArea area = t != null ? t.area() : wanted != null ? wanted : GOAL_AREAS[r.nextInt(GOAL_AREAS.length)];
        Optional<String> description = Optional.empty();
        if (r.chance(profile.goalDescriptionRate())) {
            List<String> texts = Texts.descriptions(area);
            description = Optional.of(texts.get(r.nextInt(texts.size())));
        }
        if (t == null) {
            return new Goal(id, area, description, Optional.empty(), Optional.empty(), List.of());
        }
        double baseline = Math.round(t.baselineFrom() + r.nextDouble() * (t.baselineTo() - t.baselineFrom()));
        double target = Math.round(t.targetFrom() + r.nextDouble() * (t.targetTo() - t.targetFrom()));
        GoalIndicator indicator = GoalIndicator.of(t.name(), t.scaleMin(), t.scaleMax(), baseline, target);
        LocalDate due = created.plusMonths(r.between(6, 12));
        boolean improving = r.chance(profile.improvingGoalRate());
        List<GoalMeasurement> measurements = new ArrayList<>();
        int steps = Math.min(4, measurementDates.size());
        double range = t.scaleMax() - t.scaleMin();
        for (int k = 0; k < steps; k++) {
            double progress = (k + 1) / 4.0;
            double trend = improving ? progress * (target - baseline) : -0.15 * progress * (target - baseline);
            double v = baseline + trend + r.gaussian() * 0.05 * range;
            v = Math.round(Math.max(t.scaleMin(), Math.min(t.scaleMax(), v)));
            measurements.add(GoalMeasurement.of(measurementDates.get(k), v));
        }
        return new Goal(id, area, description, Optional.of(indicator), Optional.of(due), measurements);
    }

    /**
     * Follow-ups of an intervention (barnets lov § 95; serviceloven § 70): the first within 3 months, late, or
     * never; then about every 6 months while it runs. Under barnets lov each follow-up mostly records the date the
     * municipality decided for the next one (§ 95, stk. 3): 3 or 6 months ahead, and the next is held around it.
     * Returns their dates.
     */
    private List<LocalDate> followUps(Story s, PartId interventionId, LocalDate start, LocalDate lastDay) {
        SplitMix64 r = s.rng;
        double x = r.nextDouble();
        LocalDate due = start.plusMonths(3);
        LocalDate next;
        if (x < profile.firstFollowUpOnTimeRate()) {
            next = start.plusDays(r.between(28, (int) ChronoUnit.DAYS.between(start, due)));
        } else if (x < profile.firstFollowUpOnTimeRate() + profile.followUpMissingRate()) {
            return List.of();
        } else {
            next = due.plusDays(r.between(1, 90));
        }
        List<LocalDate> dates = new ArrayList<>();
        while (!next.isAfter(lastDay)) {
            FollowUp f = FollowUp.of(s.next(Story.FOLLOW_UP), next, interventionId);
            LocalDate following;
            if (!next.isBefore(BARNETS_LOV_START) && r.chance(NEXT_FOLLOW_UP_RECORDED_RATE)) {
                LocalDate decidedNext = next.plusMonths(r.chance(0.3) ? 3 : 6);
                f = f.withNextFollowUpBy(decidedNext);
                following = r.chance(0.1)
                        ? decidedNext.plusDays(r.between(1, 90))
                        : decidedNext.minusDays(r.between(0, 30));
            } else {
                following = next.plusDays(r.chance(0.1) ? r.between(200, 300) : r.between(150, 182));
            }
            s.followUps.add(f);
            s.touch(next);
            dates.add(next);
            next = following.isAfter(next) ? following : next.plusDays(1);
        }
        return dates;
    }

    /** A conversation with the child before a decision: held, omitted with a reason, or none recorded. */
    private void conversation(Story s, PartId decisionId, LocalDate decided) {
        SplitMix64 r = s.rng;
        double x = r.nextDouble();
        LocalDate date = max(s.opened, decided.minusDays(r.between(1, 30)));
        if (x < profile.childConversationHeldRate()) {
            s.childConversations.add(
                    ChildConversation.held(s.next(Story.CONVERSATION), date).withDecision(decisionId));
        } else if (x < profile.childConversationHeldRate() + profile.childConversationOmittedRate()) {
            List<String> reasons = ageOn(s, decided) < 3 ? Texts.OMISSION_REASONS_YOUNG : Texts.OMISSION_REASONS;
            s.childConversations.add(
                    ChildConversation.omitted(s.next(Story.CONVERSATION), date, reasons.get(r.nextInt(reasons.size())))
                            .withDecision(decisionId));
        }
    }

    /** The date the parties received the decision, usually within a few days. */
    private Decision notified(Story s, Decision d) {
        SplitMix64 r = s.rng;
        if (r.chance(DECISION_NOTIFIED_RATE)) {
            LocalDate on = d.decided().plusDays(r.between(0, 5));
            if (on.isBefore(s.cutoff)) {
                return d.withNotifiedOn(on);
            }
        }
        return d;
    }

    /** A complaint about a decision, reassessed within 4 weeks (retssikkerhedsloven § 66), late, or not. */
    private void complaint(Story s, Decision d) {
        SplitMix64 r = s.rng;
        double rate = profile.complaintRate();
        if (d.kind() == DecisionKind.PLACEMENT_WITHOUT_CONSENT) {
            rate *= 5;
        } else if (d.outcome() == DecisionOutcome.REFUSED) {
            rate *= 3;
        }
        if (!r.chance(rate)) {
            return;
        }
        LocalDate received = d.notifiedOn().orElse(d.decided()).plusDays(r.between(1, 28));
        if (!received.isBefore(s.cutoff)) {
            return;
        }
        Complaint c = Complaint.of(s.next(Story.COMPLAINT), received, d.id());
        double x = r.nextDouble();
        LocalDate reassessed = x < profile.complaintReassessedOnTimeRate()
                ? received.plusDays(r.between(3, 28))
                : x < 1.0 - COMPLAINT_REASSESSMENT_MISSING_RATE ? received.plusDays(r.between(29, 70)) : null;
        if (reassessed != null && reassessed.isBefore(s.cutoff)) {
            c = c.withReassessed(reassessed);
            s.touch(reassessed);
            if (r.chance(COMPLAINT_FORWARDED_RATE)) {
                LocalDate forwarded = reassessed.plusDays(r.between(1, 7));
                if (forwarded.isBefore(s.cutoff)) {
                    c = appeal(s, c.withForwarded(forwarded), forwarded);
                }
            }
        }
        s.complaints.add(c);
        s.touch(received);
    }

    /**
     * Ankestyrelsen's decision on a forwarded complaint, once it has come: within 8 weeks for most (retssikkerhedsloven
     * § 73 sets that for placement cases; assumption for the others), some later.
     */
    private Complaint appeal(Story s, Complaint c, LocalDate forwarded) {
        SplitMix64 r =
                new SplitMix64(SplitMix64.derive(seed, APPEAL_SALT, ((long) s.index << 16) + s.complaints.size()));
        LocalDate decided = forwarded.plusDays(r.chance(0.80) ? r.between(20, 56) : r.between(57, 150));
        if (!decided.isBefore(s.cutoff)) {
            return c; // still with Ankestyrelsen
        }
        // Not the municipality's activity: the case's last step (and so its stalled days) stays what the story made.
        return c.withAppealDecided(decided, APPEAL_OUTCOMES[r.weighted(APPEAL_OUTCOME_WEIGHTS)]);
    }

    private void managementReviews(Story s) {
        SplitMix64 r = s.rng;
        double rate = Math.min(1.0, profile.managementReviewRate() * (s.serious ? 2 : 1));
        if (!r.chance(rate)) {
            return;
        }
        int count = r.chance(0.2) ? 2 : 1;
        LocalDate end = s.end();
        int span = (int) ChronoUnit.DAYS.between(s.opened, end);
        if (span <= 15) {
            return;
        }
        for (int k = 0; k < count; k++) {
            s.reviewDates.add(s.opened.plusDays(r.between(14, span - 1)));
        }
        s.reviewDates.sort(null);
    }

    private void accessRequests(Story s) {
        SplitMix64 r = s.rng;
        if (!r.chance(profile.accessRequestRate())) {
            return;
        }
        int span = (int) ChronoUnit.DAYS.between(s.opened, s.end());
        if (span <= 8) {
            return;
        }
        LocalDate received = s.opened.plusDays(r.between(7, span - 1));
        AccessRequest a = AccessRequest.of(s.next(Story.ACCESS_REQUEST), received);
        double x = r.nextDouble();
        LocalDate answered = x < profile.accessRequestOnTimeRate()
                ? plusWeekdays(received, r.between(1, 6))
                : x < 1.0 - ACCESS_MISSING_RATE ? plusWeekdays(received, r.between(11, 25)) : null;
        if (answered != null && answered.isBefore(s.cutoff)) {
            a = a.withAnswered(answered);
        }
        s.accessRequests.add(a);
    }

    /**
     * The end of an intervention as the case system knows it at the cutoff: its planned end if that is before the
     * cutoff; the day before the move if the family moved; otherwise no end, or for support often the end it was
     * granted until.
     */
    private static Optional<LocalDate> endAsKnown(Story s, LocalDate start, LocalDate plannedEnd, boolean support) {
        if (plannedEnd.isBefore(s.cutoff)) {
            return Optional.of(plannedEnd);
        }
        if (s.moved) {
            return Optional.of(max(start, s.cutoff.minusDays(1)));
        }
        return support && (plannedEnd.toEpochDay() & 1) == 0 ? Optional.of(plannedEnd) : Optional.empty();
    }

    /** The last day on which steps of an intervention are recorded: its end, or the day before the cutoff. */
    private static LocalDate lastDay(Story s, LocalDate plannedEnd) {
        return min(plannedEnd, s.cutoff.minusDays(1));
    }

    private Price price(SplitMix64 r, InterventionKind kind) {
        PriceRange range = profile.prices().get(kind);
        long span = range.maxDkk() - range.minDkk();
        long amount = range.minDkk() + (span == 0 ? 0 : (long) (r.nextDouble() * (span + 1)));
        if (amount >= 1_000) {
            amount = Math.max(range.minDkk(), amount / 10 * 10);
        }
        return new Price(BigDecimal.valueOf(amount), range.unit());
    }

    private static InterventionKind supportKind(SplitMix64 r, int age, InterventionKind not) {
        InterventionKind[] kinds = {
            InterventionKind.PRACTICAL_SUPPORT_AT_HOME,
            InterventionKind.FAMILY_THERAPY,
            InterventionKind.CONTACT_PERSON,
            InterventionKind.RESPITE_CARE,
            InterventionKind.FAMILY_RESIDENTIAL_STAY,
            InterventionKind.TRAINEESHIP,
            InterventionKind.OTHER_SUPPORT
        };
        double[] w = {
            age < 13 ? 25 : 8, 30, age >= 7 ? 25 : 0, 10, age < 6 ? 6 : 1, age >= 14 ? 6 : 0, 8,
        };
        for (int i = 0; i < kinds.length; i++) {
            if (kinds[i] == not) {
                w[i] = 0;
            }
        }
        return kinds[r.weighted(w)];
    }

    private static InterventionKind placementKind(SplitMix64 r, int age) {
        InterventionKind[] kinds = {
            InterventionKind.FOSTER_CARE,
            InterventionKind.KINSHIP_FOSTER_CARE,
            InterventionKind.RESIDENTIAL_INSTITUTION,
            InterventionKind.RESIDENTIAL_HOME,
            InterventionKind.OWN_ROOM,
            InterventionKind.BOARDING_SCHOOL
        };
        double[] w;
        if (age <= 5) {
            w = new double[] {60, 25, 10, 5, 0, 0};
        } else if (age <= 12) {
            w = new double[] {45, 20, 15, 20, 0, 0};
        } else {
            w = new double[] {25, 10, 20, 30, age >= 15 ? 10 : 0, age >= 14 ? 5 : 0};
        }
        return kinds[r.weighted(w)];
    }

    private static LegalReference withConsentBasis(LocalDate date) {
        return date.isBefore(BARNETS_LOV_START) ? SEL_52_3 : BL_46;
    }

    private static LegalReference withoutConsentBasis(LocalDate date) {
        return date.isBefore(BARNETS_LOV_START) ? SEL_58 : BL_47;
    }

    private static LegalReference maintenanceBasis(LocalDate date) {
        return date.isBefore(BARNETS_LOV_START) ? SEL_62 : BL_50;
    }

    private static LegalReference emergencyBasis(LocalDate date) {
        return date.isBefore(BARNETS_LOV_START) ? SEL_75 : BL_143;
    }

    /** Whether the child was placed outside the home in the year before the date, in a placement other than one. */
    private static boolean placedInYearBefore(Story s, LocalDate date, PartId other) {
        LocalDate yearBefore = date.minusYears(1);
        for (Intervention iv : s.interventions) {
            if (iv.kind().isPlacement()
                    && !iv.id().equals(other)
                    && iv.start().isBefore(date)
                    && (iv.end().isEmpty() || !iv.end().get().isBefore(yearBefore))) {
                return true;
            }
        }
        return false;
    }

    static int ageOn(Story s, LocalDate date) {
        return (int) ChronoUnit.YEARS.between(s.child.birthDate(), date);
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
