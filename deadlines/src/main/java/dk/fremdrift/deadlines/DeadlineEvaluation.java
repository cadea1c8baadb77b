package dk.fremdrift.deadlines;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.fremdrift.model.CaseId;
import dk.fremdrift.model.PartId;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One deadline of one case, evaluated at a moment ({@link #asOf()}): which rule, which part of the case it is
 * about, when it started, when it is due, whether and when it was met, and its status.
 *
 * <p>A recurring deadline (follow-ups, supervision visits) gives one evaluation per occurrence, numbered from 1.
 * An evaluation the engine cannot tell, because a legal fact is not recorded in the case, has status {@link
 * DeadlineStatus#UNDETERMINED} and says which fact is missing; it is never guessed. {@link #explanation(Locale)} spells
 * out the arithmetic for a caseworker, in Danish or English, for example
 * {@code received Friday 2026-03-27 16:05; 24 hours → due Saturday 2026-03-28 16:05. Met Saturday 2026-03-28 09:10.}
 *
 * <p>Evaluations are immutable values; two evaluations of the same input are equal. In JSON (written with the
 * vendor's mapper) an evaluation is an object with the rule's id and legal basis, the case and part, the dates, the
 * status and the Danish and English explanations. It is written, not read back.
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({
    "caseId",
    "ruleId",
    "duty",
    "legalBasis",
    "subjectKind",
    "subjectId",
    "subjectPath",
    "occurrence",
    "triggerDate",
    "triggerAt",
    "dueDate",
    "dueAt",
    "completedOn",
    "completedAt",
    "status",
    "explanationDa",
    "explanationEn"
})
public final class DeadlineEvaluation {

    private static final Locale DANISH = Locale.forLanguageTag("da");
    /** The full Danish and English names of each weekday, Monday first: looked up once, not per explanation. */
    private static final String[][] WEEKDAYS = weekdays();

    private final DeadlineRule rule;
    private final CaseId caseId;
    private final SubjectKind subjectKind;
    private final PartId subjectId;
    private final String subjectPath;
    private final int occurrence;
    private final LocalDate triggerDate;
    private final Instant triggerAt;
    private final LocalDate dueDate;
    private final Instant dueAt;
    private final LocalDate rolledFrom;
    private final String closedDayDa;
    private final String closedDayEn;
    private final LocalDate broughtForwardTo;
    private final LocalDate completedOn;
    private final Instant completedAt;
    private final DeadlineStatus status;
    private final Instant asOf;
    private final Inapplicability inapplicability;
    private final LocalDate inapplicableFrom;
    private final ZoneId zone;
    private final DueBasis dueBasis;
    private final Recurrence recurrenceUsed;

    DeadlineEvaluation(Builder b) {
        this.rule = Objects.requireNonNull(b.rule, "rule");
        this.caseId = Objects.requireNonNull(b.caseId, "caseId");
        this.subjectKind = Objects.requireNonNull(b.subjectKind, "subjectKind");
        this.subjectId = b.subjectId;
        this.subjectPath = b.subjectPath;
        this.occurrence = b.occurrence;
        this.triggerDate = Objects.requireNonNull(b.triggerDate, "triggerDate");
        this.triggerAt = b.triggerAt;
        this.dueDate = Objects.requireNonNull(b.dueDate, "dueDate");
        this.dueAt = Objects.requireNonNull(b.dueAt, "dueAt");
        this.rolledFrom = b.rolledFrom;
        this.closedDayDa = b.closedDayDa;
        this.closedDayEn = b.closedDayEn;
        this.broughtForwardTo = b.broughtForwardTo;
        this.completedOn = b.completedOn;
        this.completedAt = b.completedAt;
        this.status = Objects.requireNonNull(b.status, "status");
        this.asOf = Objects.requireNonNull(b.asOf, "asOf");
        this.inapplicability = b.inapplicability;
        this.inapplicableFrom = b.inapplicableFrom;
        this.zone = Objects.requireNonNull(b.zone, "zone");
        this.dueBasis = b.dueBasis;
        this.recurrenceUsed = b.recurrenceUsed;
    }

    /**
     * Returns the rule that set the deadline.
     *
     * @return the rule
     */
    public DeadlineRule rule() {
        return rule;
    }

    /**
     * Returns the rule's id.
     *
     * @return the id, such as {@code BL-20-INVESTIGATION-4M}
     */
    @JsonProperty("ruleId")
    public String ruleId() {
        return rule.id();
    }

    /**
     * Returns the rule's duty, shared by its versions under successive laws.
     *
     * @return the duty, such as {@code INVESTIGATION}
     */
    @JsonProperty("duty")
    public Duty duty() {
        return rule.duty();
    }

    /**
     * Returns the rule's legal basis in Danish, such as {@code barnets lov § 20, stk. 3}.
     *
     * @return the legal basis
     */
    @JsonProperty("legalBasis")
    public String legalBasis() {
        return rule.legalBasis().toDanish();
    }

    /**
     * Returns the case's key.
     *
     * @return the case id
     */
    @JsonProperty("caseId")
    public CaseId caseId() {
        return caseId;
    }

    /**
     * Returns what kind of case part the deadline is about.
     *
     * @return the subject kind
     */
    @JsonProperty("subjectKind")
    public SubjectKind subjectKind() {
        return subjectKind;
    }

    /**
     * Returns the key of the part the deadline is about; empty for deadlines about the case as a whole.
     *
     * @return the part's key
     */
    @JsonProperty("subjectId")
    public Optional<PartId> subjectId() {
        return Optional.ofNullable(subjectId);
    }

    /**
     * Returns the path of the part in the case, such as {@code investigations[1]}; empty for the case as a whole.
     *
     * @return the path
     */
    @JsonProperty("subjectPath")
    public Optional<String> subjectPath() {
        return Optional.ofNullable(subjectPath);
    }

    /**
     * Returns the occurrence number: 1 for a deadline that does not recur, and 1, 2, 3... for the occurrences of a
     * recurring one.
     *
     * @return the occurrence, from 1
     */
    @JsonProperty("occurrence")
    public int occurrence() {
        return occurrence;
    }

    /**
     * Returns the date the deadline runs from, in Danish time. For a later occurrence of a recurring deadline, the
     * date of the previous step.
     *
     * @return the trigger date
     */
    @JsonProperty("triggerDate")
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public LocalDate triggerDate() {
        return triggerDate;
    }

    /**
     * Returns the moment the deadline runs from, for triggers that are moments (a notification's receipt).
     *
     * @return the trigger moment
     */
    @JsonProperty("triggerAt")
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public Optional<Instant> triggerAt() {
        return Optional.ofNullable(triggerAt);
    }

    /**
     * Returns the due date, in Danish time.
     *
     * @return the due date
     */
    @JsonProperty("dueDate")
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public LocalDate dueDate() {
        return dueDate;
    }

    /**
     * Returns the due moment: exact for hours, the end of the due date (23:59:59 Danish time) for date deadlines.
     *
     * @return the due moment
     */
    @JsonProperty("dueAt")
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public Instant dueAt() {
        return dueAt;
    }

    /**
     * Returns the date the deadline fell on before it was moved to the next working day, if it was moved.
     *
     * @return the original date
     */
    public Optional<LocalDate> rolledFrom() {
        return Optional.ofNullable(rolledFrom);
    }

    /**
     * Returns the date the step was taken, in Danish time, if it was taken by {@link #asOf()}.
     *
     * @return the completion date
     */
    @JsonProperty("completedOn")
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public Optional<LocalDate> completedOn() {
        return Optional.ofNullable(completedOn);
    }

    /**
     * Returns the moment the step was taken, for steps recorded as moments (an assessment, a receipt).
     *
     * @return the completion moment
     */
    @JsonProperty("completedAt")
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public Optional<Instant> completedAt() {
        return Optional.ofNullable(completedAt);
    }

    /**
     * Returns the status at {@link #asOf()}.
     *
     * @return the status
     */
    @JsonProperty("status")
    public DeadlineStatus status() {
        return status;
    }

    /**
     * Returns where the due date comes from: the rule (the law's length or recurrence, or a municipal rule's), a
     * date decided and recorded in the case, or the municipality's default frequency. Only later follow-ups under
     * barnets lov have another basis than {@link DueBasis#RULE}, since the statute leaves their dates to the
     * municipality (barnets lov § 95, stk. 3).
     *
     * @return the basis of the due date
     */
    public DueBasis dueBasis() {
        return dueBasis;
    }

    /**
     * Tells whether the deadline is still pending, {@link DeadlineStatus#isPending()}.
     *
     * @return true if pending
     */
    @JsonIgnore // derived from the status, not a key of its own in JSON
    public boolean isPending() {
        return status.isPending();
    }

    /**
     * Returns the moment the deadline was evaluated at.
     *
     * @return the evaluation moment
     */
    public Instant asOf() {
        return asOf;
    }

    /**
     * Returns how late the step was, or is: for {@link DeadlineStatus#MET_LATE} from the due moment to the step, for
     * {@link DeadlineStatus#OVERDUE} from the due moment to {@link #asOf()}; empty otherwise. Date deadlines count
     * whole days after the due date.
     *
     * @return the lateness
     */
    public Optional<Duration> lateness() {
        if (status == DeadlineStatus.MET_LATE) {
            return Optional.of(
                    rule.unit() == DeadlineUnit.HOURS && completedAt != null
                            ? Duration.between(dueAt, completedAt)
                            : Duration.ofDays(ChronoUnit.DAYS.between(dueDate, completedOn)));
        }
        if (status == DeadlineStatus.OVERDUE) {
            return Optional.of(Duration.between(dueAt, asOf));
        }
        return Optional.empty();
    }

    /**
     * Returns the Danish explanation, {@link #explanation(Locale)} for Danish.
     *
     * @return the explanation
     */
    @JsonProperty("explanationDa")
    public String explanationDa() {
        return explanation(DANISH);
    }

    /**
     * Returns the English explanation, {@link #explanation(Locale)} for English.
     *
     * @return the explanation
     */
    @JsonProperty("explanationEn")
    public String explanationEn() {
        return explanation(Locale.ENGLISH);
    }

    /**
     * Explains the deadline in words a caseworker can check: the trigger, the length, the due date with any move
     * off a closed day, and the status. Danish for a Danish locale, English otherwise. Built on demand, not stored.
     *
     * @param locale the language
     * @return the explanation
     */
    public String explanation(Locale locale) {
        return Explanations.explain(this, DeadlineRule.isDanish(locale));
    }

    // package-private accessors for the explanation
    String closedDay(boolean da) {
        return da ? closedDayDa : closedDayEn;
    }

    LocalDate broughtForwardTo() {
        return broughtForwardTo;
    }

    Inapplicability inapplicability() {
        return inapplicability;
    }

    LocalDate inapplicableFrom() {
        return inapplicableFrom;
    }

    Recurrence recurrenceUsed() {
        return recurrenceUsed;
    }

    ZonedDateTime local(Instant instant) {
        return instant.atZone(zone);
    }

    static String weekday(LocalDate date, boolean da) {
        return WEEKDAYS[date.getDayOfWeek().ordinal()][da ? 0 : 1];
    }

    private static String[][] weekdays() {
        String[][] names = new String[7][];
        for (DayOfWeek d : DayOfWeek.values()) {
            names[d.ordinal()] = new String[] {
                d.getDisplayName(TextStyle.FULL, DANISH), d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)
            };
        }
        return names;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof DeadlineEvaluation o)) {
            return false;
        }
        return rule.equals(o.rule)
                && caseId.equals(o.caseId)
                && subjectKind == o.subjectKind
                && Objects.equals(subjectId, o.subjectId)
                && Objects.equals(subjectPath, o.subjectPath)
                && occurrence == o.occurrence
                && triggerDate.equals(o.triggerDate)
                && Objects.equals(triggerAt, o.triggerAt)
                && dueDate.equals(o.dueDate)
                && dueAt.equals(o.dueAt)
                && Objects.equals(rolledFrom, o.rolledFrom)
                && Objects.equals(closedDayDa, o.closedDayDa)
                && Objects.equals(broughtForwardTo, o.broughtForwardTo)
                && Objects.equals(completedOn, o.completedOn)
                && Objects.equals(completedAt, o.completedAt)
                && status == o.status
                && asOf.equals(o.asOf)
                && inapplicability == o.inapplicability
                && Objects.equals(inapplicableFrom, o.inapplicableFrom)
                && zone.equals(o.zone)
                && dueBasis == o.dueBasis
                && Objects.equals(recurrenceUsed, o.recurrenceUsed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule.id(), caseId, subjectId, occurrence, triggerDate, dueAt, status);
    }

    /** Returns the rule, case, part, due date and status; never personal data. */
    @Override
    public String toString() {
        return "DeadlineEvaluation[" + rule.id() + ", case=" + caseId + ", subject="
                + (subjectPath == null ? "case" : subjectPath) + (occurrence > 1 ? " #" + occurrence : "") + ", due="
                + dueDate + ", status=" + status + "]";
    }

    static final class Builder {
        DeadlineRule rule;
        CaseId caseId;
        SubjectKind subjectKind;
        PartId subjectId;
        String subjectPath;
        int occurrence = 1;
        LocalDate triggerDate;
        Instant triggerAt;
        LocalDate dueDate;
        Instant dueAt;
        LocalDate rolledFrom;
        String closedDayDa;
        String closedDayEn;
        LocalDate broughtForwardTo;
        LocalDate completedOn;
        Instant completedAt;
        DeadlineStatus status;
        Instant asOf;
        Inapplicability inapplicability;
        LocalDate inapplicableFrom;
        ZoneId zone;
        DueBasis dueBasis = DueBasis.RULE;
        Recurrence recurrenceUsed;
    }
}
