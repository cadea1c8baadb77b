package dk.fremdrift.deadlines;

import dk.fremdrift.deadlines.calendar.WorkingDayCalendar;
import dk.fremdrift.deadlines.internal.ZoneDates;
import dk.fremdrift.model.ChildCase;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Evaluates the deadlines of a child's case at a moment: which statutory and municipal deadlines apply, when each
 * is due, whether it was met, and why.
 *
 * <p>For every duty of the rule book and every event in the case that triggers it, the engine takes the rule of
 * that duty in force on the event's date (serviceloven until 2023, barnets lov from 2024), computes the due date on
 * the rule's calendar, finds the step that meets it, and judges it at {@code asOf}. Recurring duties (follow-ups,
 * supervision visits) give one evaluation per occurrence up to {@code asOf}; a series stops at an occurrence not yet
 * met and when its intervention ends.
 *
 * <p>The engine is a pure function of the case, {@code asOf} and its configuration: the same input gives the same
 * output, and nothing recorded after {@code asOf} is seen. It never throws for the content of a case: a step that
 * is missing leaves the deadline open or overdue; a date outside a calendar's coverage, or an event before any rule
 * of its duty was in force, gives a not-applicable evaluation that says so; a deadline that depends on a legal fact
 * the case does not record (a placement decision's kind, the investigation a decision names, the next follow-up
 * decided) gives an {@link DeadlineStatus#UNDETERMINED} evaluation, never a guess. Dates are Danish dates, in the engine's zone (Europe/Copenhagen unless configured). Instances are
 * immutable and thread-safe.
 *
 * <pre>{@code
 * DeadlineEngine engine = DeadlineEngine.builder(DanishCalendar.statutory()).build();
 * for (DeadlineEvaluation e : engine.evaluate(childCase, Instant.parse("2026-11-23T08:00:00Z"))) {
 *     System.out.println(e.ruleId() + " " + e.status() + ": " + e.explanation(Locale.forLanguageTag("da")));
 * }
 * engine.dueFor(Duty.NOTIFICATION_ASSESSMENT, Instant.parse("2026-03-27T15:05:00Z")).dueAt();
 * // 2026-03-28T15:05:00Z
 * }</pre>
 */
public final class DeadlineEngine {

    /** Danish time, the zone of every date in a case. */
    public static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    private final RuleBook rules;
    private final Map<String, WorkingDayCalendar> calendars;
    private final ZoneId zone;
    private final ZoneDates days;
    private final Clock clock;
    private final List<List<DeadlineRule>> duties;

    private DeadlineEngine(Builder b) {
        this.rules = b.rules;
        this.calendars = Collections.unmodifiableMap(new LinkedHashMap<>(b.calendars));
        this.zone = b.zone;
        this.days = ZoneDates.of(b.zone);
        this.clock = b.clock;
        TreeSet<String> missing = new TreeSet<>(rules.calendarIds());
        missing.removeAll(calendars.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("calendars: the rule book counts on calendar(s) " + missing
                    + " but the engine has only " + calendars.keySet() + "; register them with calendar(...)");
        }
        List<List<DeadlineRule>> ds = new ArrayList<>();
        for (Duty duty : rules.duties()) {
            ds.add(rules.rulesOf(duty));
        }
        this.duties = List.copyOf(ds);
    }

    /**
     * Returns a builder with the statutory rule book, the given statutory calendar (its id is normally {@code
     * DK}), Danish time and the system clock.
     *
     * @param statutoryCalendar the calendar the statutory rules count on, such as {@code DanishCalendar.statutory()}
     * @return the builder
     */
    public static Builder builder(WorkingDayCalendar statutoryCalendar) {
        return new Builder().calendar(statutoryCalendar);
    }

    /**
     * Evaluates the deadlines of a case at a moment.
     *
     * @param childCase the case
     * @param asOf the moment of evaluation; nothing recorded after it is seen
     * @return the evaluations, grouped by duty in the rule book's order, then in the order of the case's parts; look
     *     them up by duty and part with {@link DeadlineEvaluations#of(Duty, dk.fremdrift.model.PartId)}
     */
    public DeadlineEvaluations evaluate(ChildCase childCase, Instant asOf) {
        Objects.requireNonNull(childCase, "childCase");
        Objects.requireNonNull(asOf, "asOf");
        ArrayList<DeadlineEvaluation> out = new ArrayList<>();
        CaseEvaluator evaluator = new CaseEvaluator(
                childCase, asOf, days, calendars, rules.followUpFrequency().orElse(null), out);
        for (List<DeadlineRule> duty : duties) {
            evaluator.evaluate(duty);
        }
        return DeadlineEvaluations.wrap(out);
    }

    /**
     * Evaluates the deadlines of a case now, by the engine's clock.
     *
     * @param childCase the case
     * @return the evaluations, as {@link #evaluate(ChildCase, Instant)}
     */
    public DeadlineEvaluations evaluateNow(ChildCase childCase) {
        return evaluate(childCase, clock.instant());
    }

    /**
     * Returns when a deadline of a duty is due for a trigger moment, by the rule of that duty in force on the
     * trigger's date. Use this for deadlines in hours (the 24-hour assessment) and for any other deadline whose
     * trigger you have as a moment.
     *
     * @param duty the duty, such as {@link Duty#NOTIFICATION_ASSESSMENT}
     * @param trigger the trigger moment
     * @return when it is due
     * @throws IllegalArgumentException if no rule of the duty is in force on the trigger's date
     * @throws DateTimeException if a date falls outside the rule's calendar coverage
     */
    public Due dueFor(Duty duty, Instant trigger) {
        Objects.requireNonNull(trigger, "trigger");
        LocalDate date = LocalDate.ofInstant(trigger, zone);
        DeadlineRule rule = ruleFor(duty, date);
        return dueFor(rule, date, trigger);
    }

    /**
     * Returns when a deadline of a duty is due for a trigger date, by the rule of that duty in force on that date.
     *
     * @param duty the duty, such as {@link Duty#INVESTIGATION}
     * @param trigger the trigger date
     * @return when it is due
     * @throws IllegalArgumentException if no rule of the duty is in force on the date, or the rule counts hours and
     *     needs a moment
     * @throws DateTimeException if a date falls outside the rule's calendar coverage
     */
    public Due dueFor(Duty duty, LocalDate trigger) {
        Objects.requireNonNull(trigger, "trigger");
        DeadlineRule rule = ruleFor(duty, trigger);
        if (rule.unit() == DeadlineUnit.HOURS) {
            throw new IllegalArgumentException("trigger: rule " + rule.id() + " counts hours and needs a moment"
                    + " (Instant), got the date " + trigger);
        }
        return dueFor(rule, trigger, null);
    }

    /**
     * Tells whether a step was on time for a duty: {@link DeadlineStatus#MET} if the completion is at or before
     * the due moment (for date deadlines: on or before the due date), else {@link DeadlineStatus#MET_LATE}.
     *
     * @param duty the duty
     * @param trigger the trigger moment
     * @param completion the moment of the step; not before the trigger
     * @return {@code MET} or {@code MET_LATE}
     * @throws IllegalArgumentException if no rule of the duty is in force, or the completion is before the trigger
     */
    public DeadlineStatus judge(Duty duty, Instant trigger, Instant completion) {
        Objects.requireNonNull(completion, "completion");
        if (completion.isBefore(trigger)) {
            throw new IllegalArgumentException(
                    "completion " + completion + " is before trigger " + trigger + "; expected at or after it");
        }
        Due due = dueFor(duty, trigger);
        DeadlineRule rule = ruleFor(duty, LocalDate.ofInstant(trigger, zone));
        boolean onTime = rule.unit() == DeadlineUnit.HOURS
                ? !completion.isAfter(due.dueAt())
                : !LocalDate.ofInstant(completion, zone).isAfter(due.dueDate());
        return onTime ? DeadlineStatus.MET : DeadlineStatus.MET_LATE;
    }

    /**
     * Tells whether a step was on time for a duty, by dates.
     *
     * @param duty the duty
     * @param trigger the trigger date
     * @param completion the date of the step; not before the trigger
     * @return {@code MET} or {@code MET_LATE}
     * @throws IllegalArgumentException if no rule of the duty is in force, the rule counts hours, or the completion
     *     is before the trigger
     */
    public DeadlineStatus judge(Duty duty, LocalDate trigger, LocalDate completion) {
        Objects.requireNonNull(completion, "completion");
        if (completion.isBefore(trigger)) {
            throw new IllegalArgumentException(
                    "completion " + completion + " is before trigger " + trigger + "; expected on or after it");
        }
        return completion.isAfter(dueFor(duty, trigger).dueDate()) ? DeadlineStatus.MET_LATE : DeadlineStatus.MET;
    }

    private DeadlineRule ruleFor(Duty duty, LocalDate date) {
        Objects.requireNonNull(duty, "duty");
        if (rules.rulesOf(duty).isEmpty()) {
            throw new IllegalArgumentException(
                    "duty: expected one of the rule book's duties " + rules.duties() + ", got a duty it does not have");
        }
        return rules.ruleFor(duty, date)
                .orElseThrow(() -> new IllegalArgumentException("no rule of duty " + duty
                        + " is in force on " + date + "; the duty's rules are in force "
                        + rules.rulesOf(duty).stream()
                                .map(r -> r.inForce().toString())
                                .toList()));
    }

    private Due dueFor(DeadlineRule rule, LocalDate date, Instant at) {
        return Dues.compute(
                rule.length(),
                rule.unit(),
                rule.dayCounting(),
                rule.roll(),
                calendars.get(rule.calendar()),
                days,
                date,
                at);
    }

    /**
     * Returns the engine's rule book.
     *
     * @return the rules
     */
    public RuleBook rules() {
        return rules;
    }

    /**
     * Returns the engine's zone.
     *
     * @return the zone, Europe/Copenhagen unless configured
     */
    public ZoneId zone() {
        return zone;
    }

    /** Builds a {@link DeadlineEngine}. Not thread-safe. */
    public static final class Builder {
        private RuleBook rules = RuleBook.statutory();
        private final Map<String, WorkingDayCalendar> calendars = new LinkedHashMap<>();
        private ZoneId zone = DANISH_TIME;
        private Clock clock = Clock.system(DANISH_TIME);

        private Builder() {}

        /**
         * Sets the rule book, for example the statutory book with a municipality's rules.
         *
         * @param rules the rule book
         * @return this builder
         */
        public Builder rules(RuleBook rules) {
            this.rules = Objects.requireNonNull(rules, "rules");
            return this;
        }

        /**
         * Registers a calendar under its id, replacing one with the same id.
         *
         * @param calendar the calendar
         * @return this builder
         */
        public Builder calendar(WorkingDayCalendar calendar) {
            Objects.requireNonNull(calendar, "calendar");
            calendars.put(calendar.id(), calendar);
            return this;
        }

        /**
         * Sets the zone in which moments become dates. Danish casework is in Europe/Copenhagen; change it only to
         * test.
         *
         * @param zone the zone
         * @return this builder
         */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /**
         * Sets the clock that {@link DeadlineEngine#evaluateNow(ChildCase)} reads.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Builds the engine.
         *
         * @return the engine
         * @throws IllegalArgumentException if a rule counts on a calendar that is not registered
         */
        public DeadlineEngine build() {
            return new DeadlineEngine(this);
        }
    }
}
