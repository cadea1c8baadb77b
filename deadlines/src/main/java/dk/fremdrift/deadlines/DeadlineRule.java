package dk.fremdrift.deadlines;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.fremdrift.model.InForcePeriod;
import dk.fremdrift.model.LegalReference;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One deadline rule of the rule book, as data: what starts it, how long it runs, what meets it, and where it comes
 * from in the law.
 *
 * <p>A rule belongs to a <em>duty</em>: the same legal duty under successive laws (the 24-hour assessment of a
 * notification is serviceloven § 155, stk. 2 until 2023 and barnets lov § 136 from 2024) has one duty name and one
 * rule per law, with periods in force that do not overlap. The engine judges each event by the rule of its duty in
 * force on the event's date.
 *
 * <p>The due date is the trigger plus the length in the unit (see {@link DeadlineUnit}), counting the trigger day
 * or not ({@link DayCounting}), and then moved off a closed day or not ({@link RollPolicy}) on the rule's calendar.
 * A date deadline is due at the end of its day (23:59:59, Danish time); an hour deadline at its exact moment.
 *
 * <p>Where a fact of the law is not confirmed, the rule is {@link Certainty#UNCONFIRMED}, says so in its note, is
 * {@linkplain #configurable() configurable} by a municipal rule file, and defaults to the stricter reading.
 *
 * @param id the stable id, such as {@code BL-136-ASSESSMENT-24H}: the law's abbreviation, the paragraph, a name
 * @param duty the duty the rule belongs to, such as {@code NOTIFICATION_ASSESSMENT}, shared by its versions
 * @param titleDa the Danish title
 * @param titleEn the English title
 * @param legalBasis the provision the deadline is set by
 * @param inForce the period in which the rule applies, judged by the trigger's date
 * @param trigger what starts the deadline
 * @param completion what meets it
 * @param length how long it runs, in {@code unit}; zero means on the trigger day; negative only for {@link
 *     TriggerKind#BIRTHDAY_WHILE_SUPPORTED} (before the birthday)
 * @param unit the unit of the length
 * @param dayCounting whether the trigger day counts as day 1
 * @param roll what happens when the due date is not a working day
 * @param calendar the id of the working-day calendar the rule counts on, such as {@code DK}
 * @param recurrence how the deadline repeats after its first occurrence, for follow-ups and supervision visits
 * @param modifiers special rules that may bring the deadline forward
 * @param obligation whose deadline it is
 * @param dueSoon how long before the deadline a pending step counts as due soon
 * @param certainty whether the rule's facts are confirmed
 * @param configurable whether a municipal rule file may change its length, unit, roll, calendar and recurrence
 * @param note what a reader should know: the reading chosen, what is unconfirmed
 * @param source statutory (built in) or municipal
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({
    "id",
    "duty",
    "titleDa",
    "titleEn",
    "legalBasis",
    "inForce",
    "trigger",
    "completion",
    "length",
    "unit",
    "dayCounting",
    "roll",
    "calendar",
    "recurrence",
    "modifiers",
    "obligation",
    "dueSoon",
    "certainty",
    "configurable",
    "note",
    "source"
})
public record DeadlineRule(
        String id,
        Duty duty,
        String titleDa,
        String titleEn,
        LegalReference legalBasis,
        InForcePeriod inForce,
        Trigger trigger,
        Completion completion,
        int length,
        DeadlineUnit unit,
        DayCounting dayCounting,
        RollPolicy roll,
        String calendar,
        Optional<Recurrence> recurrence,
        Set<DueModifier> modifiers,
        Obligation obligation,
        @JsonFormat(shape = JsonFormat.Shape.STRING) Duration dueSoon,
        Certainty certainty,
        boolean configurable,
        Optional<String> note,
        RuleSource source) {

    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");

    /** The id of the statutory Danish working-day calendar, the default calendar of a rule. */
    public static final String STATUTORY_CALENDAR = "DK";

    /**
     * Checks the rule and fills defaults for absent optional settings: day counting {@link
     * DayCounting#EXCLUDE_TRIGGER_DAY}, roll {@link RollPolicy#NONE}, calendar {@value #STATUTORY_CALENDAR},
     * obligation {@link Obligation#MUNICIPALITY}, certainty {@link Certainty#CONFIRMED}, source {@link
     * RuleSource#MUNICIPAL} (a rule read from a file is a municipal one), and the due-soon window by unit (6 hours
     * for hours, 2 days for days and weeks, 14 days for months and years).
     *
     * @param id the stable id
     * @param duty the duty
     * @param titleDa the Danish title
     * @param titleEn the English title
     * @param legalBasis the provision
     * @param inForce the period in force
     * @param trigger what starts it
     * @param completion what meets it
     * @param length how long it runs
     * @param unit the unit
     * @param dayCounting whether the trigger day counts
     * @param roll the roll policy
     * @param calendar the calendar id
     * @param recurrence the recurrence
     * @param modifiers the modifiers
     * @param obligation whose deadline
     * @param dueSoon the due-soon window
     * @param certainty confirmed or not
     * @param configurable whether municipalities may change it
     * @param note the note
     * @param source statutory or municipal
     * @throws NullPointerException if a required component is null
     * @throws IllegalArgumentException if the settings do not fit together; the message names the setting
     */
    public DeadlineRule {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "id: expected upper-case words joined by hyphens such as 'BL-136-ASSESSMENT-24H', got '" + id
                            + "'");
        }
        Objects.requireNonNull(duty, "duty");
        Objects.requireNonNull(titleDa, "titleDa");
        Objects.requireNonNull(titleEn, "titleEn");
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(inForce, "inForce");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(completion, "completion");
        Objects.requireNonNull(unit, "unit");
        String at = "rule " + id + ": ";
        if (titleDa.isBlank() || titleEn.isBlank()) {
            throw new IllegalArgumentException(at + "titleDa and titleEn: expected non-blank titles");
        }
        dayCounting = dayCounting == null ? DayCounting.EXCLUDE_TRIGGER_DAY : dayCounting;
        roll = roll == null ? RollPolicy.NONE : roll;
        calendar = calendar == null ? STATUTORY_CALENDAR : calendar;
        recurrence = recurrence == null ? Optional.empty() : recurrence;
        modifiers = modifiers == null || modifiers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(modifiers));
        obligation = obligation == null ? Obligation.MUNICIPALITY : obligation;
        dueSoon = dueSoon == null ? defaultDueSoon(unit) : dueSoon;
        certainty = certainty == null ? Certainty.CONFIRMED : certainty;
        note = note == null ? Optional.empty() : note.filter(s -> !s.isBlank());
        source = source == null ? RuleSource.MUNICIPAL : source;

        if (calendar.isBlank()) {
            throw new IllegalArgumentException(at + "calendar: expected a calendar id such as 'DK', got a blank one");
        }
        SubjectKind subject = trigger.kind().subject();
        if (!completion.kind().appliesTo(subject)) {
            throw new IllegalArgumentException(at + "completion " + completion.kind()
                    + " cannot meet a deadline about a " + subject + " (trigger " + trigger.kind() + ")");
        }
        if (unit == DeadlineUnit.HOURS) {
            if (!trigger.kind().isMoment()) {
                throw new IllegalArgumentException(at + "unit HOURS needs a trigger that is a moment, got "
                        + trigger.kind() + ", which is a date");
            }
            if (!completion.kind().isMoment()) {
                throw new IllegalArgumentException(at + "unit HOURS needs a completion that is a moment, got "
                        + completion.kind() + ", which is a date");
            }
            if (roll != RollPolicy.NONE || dayCounting != DayCounting.EXCLUDE_TRIGGER_DAY) {
                throw new IllegalArgumentException(
                        at + "unit HOURS counts elapsed time: expected roll NONE and EXCLUDE_TRIGGER_DAY");
            }
        }
        if (length < 0 && trigger.kind() != TriggerKind.BIRTHDAY_WHILE_SUPPORTED) {
            throw new IllegalArgumentException(at + "length: expected 0 or more for trigger " + trigger.kind()
                    + ", got " + length + " (negative lengths are for deadlines before a birthday)");
        }
        if (dayCounting == DayCounting.INCLUDE_TRIGGER_DAY) {
            if (unit != DeadlineUnit.CALENDAR_DAYS && unit != DeadlineUnit.WORKING_DAYS) {
                throw new IllegalArgumentException(
                        at + "dayCounting INCLUDE_TRIGGER_DAY is for day units, got unit " + unit);
            }
            if (length < 1) {
                throw new IllegalArgumentException(
                        at + "length: expected 1 or more when the trigger day counts, got " + length);
            }
        }
        if (recurrence.isPresent()
                && !(trigger.kind() == TriggerKind.INTERVENTION_STARTED
                        && (completion.kind() == CompletionKind.FOLLOW_UP
                                || completion.kind() == CompletionKind.SUPERVISION_VISIT))) {
            throw new IllegalArgumentException(at
                    + "recurrence is for follow-ups and supervision visits on interventions"
                    + " (trigger INTERVENTION_STARTED, completion FOLLOW_UP or SUPERVISION_VISIT)");
        }
        if (modifiers.contains(DueModifier.EARLIER_OF_PARALLEL_INVESTIGATION_END)
                && trigger.kind() != TriggerKind.INTERVENTION_STARTED) {
            throw new IllegalArgumentException(
                    at + "modifier EARLIER_OF_PARALLEL_INVESTIGATION_END needs trigger INTERVENTION_STARTED");
        }
        if (dueSoon.isNegative()) {
            throw new IllegalArgumentException(at + "dueSoon: expected zero or more, got " + dueSoon);
        }
        if (certainty == Certainty.UNCONFIRMED && (!configurable || note.isEmpty())) {
            throw new IllegalArgumentException(
                    at + "an UNCONFIRMED rule must be configurable and carry a note that says what is unconfirmed");
        }
    }

    private static Duration defaultDueSoon(DeadlineUnit unit) {
        return switch (unit) {
            case HOURS -> Duration.ofHours(6);
            case CALENDAR_DAYS, WORKING_DAYS, WEEKS -> Duration.ofDays(2);
            case MONTHS, YEARS -> Duration.ofDays(14);
        };
    }

    /**
     * Returns a builder for a rule; the settings not given take the defaults of the constructor, except the
     * source, which is {@link RuleSource#MUNICIPAL} unless set.
     *
     * @param id the stable id
     * @param duty the duty
     * @return the builder
     */
    public static Builder builder(String id, Duty duty) {
        return new Builder(id, duty);
    }

    /**
     * Returns a builder that starts from this rule, to make a changed copy.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(id, duty);
        b.titleDa = titleDa;
        b.titleEn = titleEn;
        b.legalBasis = legalBasis;
        b.inForce = inForce;
        b.trigger = trigger;
        b.completion = completion;
        b.length = length;
        b.unit = unit;
        b.dayCounting = dayCounting;
        b.roll = roll;
        b.calendar = calendar;
        b.recurrence = recurrence.orElse(null);
        b.modifiers = modifiers;
        b.obligation = obligation;
        b.dueSoon = dueSoon;
        b.certainty = certainty;
        b.configurable = configurable;
        b.note = note.orElse(null);
        b.source = source;
        return b;
    }

    /**
     * Returns the rule's length in words, in Danish for a Danish locale and in English otherwise: {@code 24
     * timer}, {@code 4 months}, {@code 7 dage medregnet udløsende dag}, {@code 6 months before}.
     *
     * @param locale the language
     * @return the length in words
     */
    public String describeLength(Locale locale) {
        boolean da = isDanish(locale);
        String unitName = da ? unit.danishName() : unit.englishName();
        String text = Math.abs(length) + " " + unitName;
        if (length < 0) {
            text += da ? " før" : " before";
        }
        if (dayCounting == DayCounting.INCLUDE_TRIGGER_DAY) {
            text += da ? " (udløsende dag medregnet)" : " (counting the trigger day)";
        }
        return text;
    }

    /**
     * Returns the title in the locale's language: Danish for a Danish locale, English otherwise.
     *
     * @param locale the language
     * @return the title
     */
    public String title(Locale locale) {
        return isDanish(locale) ? titleDa : titleEn;
    }

    static boolean isDanish(Locale locale) {
        return "da".equals(Objects.requireNonNull(locale, "locale").getLanguage());
    }

    /** Returns the rule's id, legal basis and length, for logs. */
    @Override
    public String toString() {
        return "DeadlineRule[" + id + ", " + legalBasis + ", " + describeLength(Locale.ENGLISH) + ", " + inForce + "]";
    }

    /** Builds a {@link DeadlineRule}. Not thread-safe. */
    public static final class Builder {
        private final String id;
        private final Duty duty;
        private String titleDa;
        private String titleEn;
        private LegalReference legalBasis;
        private InForcePeriod inForce;
        private Trigger trigger;
        private Completion completion;
        private int length;
        private DeadlineUnit unit;
        private DayCounting dayCounting;
        private RollPolicy roll;
        private String calendar;
        private Recurrence recurrence;
        private Set<DueModifier> modifiers = Set.of();
        private Obligation obligation;
        private Duration dueSoon;
        private Certainty certainty;
        private boolean configurable;
        private String note;
        private RuleSource source;

        private Builder(String id, Duty duty) {
            this.id = Objects.requireNonNull(id, "id");
            this.duty = Objects.requireNonNull(duty, "duty");
        }

        /**
         * Sets the titles.
         *
         * @param danish the Danish title
         * @param english the English title
         * @return this builder
         */
        public Builder title(String danish, String english) {
            this.titleDa = danish;
            this.titleEn = english;
            return this;
        }

        /**
         * Sets the legal basis and the period in force.
         *
         * @param legalBasis the provision
         * @param inForce the period in force
         * @return this builder
         */
        public Builder law(LegalReference legalBasis, InForcePeriod inForce) {
            this.legalBasis = legalBasis;
            this.inForce = inForce;
            return this;
        }

        /**
         * Sets what starts and what meets the deadline.
         *
         * @param trigger what starts it
         * @param completion what meets it
         * @return this builder
         */
        public Builder on(Trigger trigger, Completion completion) {
            this.trigger = trigger;
            this.completion = completion;
            return this;
        }

        /**
         * Sets the length and its unit.
         *
         * @param length the length
         * @param unit the unit
         * @return this builder
         */
        public Builder length(int length, DeadlineUnit unit) {
            this.length = length;
            this.unit = unit;
            return this;
        }

        /**
         * Sets whether the trigger day counts.
         *
         * @param dayCounting the counting
         * @return this builder
         */
        public Builder dayCounting(DayCounting dayCounting) {
            this.dayCounting = dayCounting;
            return this;
        }

        /**
         * Sets the roll policy.
         *
         * @param roll the policy
         * @return this builder
         */
        public Builder roll(RollPolicy roll) {
            this.roll = roll;
            return this;
        }

        /**
         * Sets the calendar id.
         *
         * @param calendar the id
         * @return this builder
         */
        public Builder calendar(String calendar) {
            this.calendar = calendar;
            return this;
        }

        /**
         * Sets the recurrence.
         *
         * @param recurrence the recurrence
         * @return this builder
         */
        public Builder recurrence(Recurrence recurrence) {
            this.recurrence = recurrence;
            return this;
        }

        /**
         * Sets the modifiers.
         *
         * @param modifiers the modifiers
         * @return this builder
         */
        public Builder modifiers(DueModifier... modifiers) {
            this.modifiers = Set.of(modifiers);
            return this;
        }

        /**
         * Sets whose deadline it is.
         *
         * @param obligation the obligation
         * @return this builder
         */
        public Builder obligation(Obligation obligation) {
            this.obligation = obligation;
            return this;
        }

        /**
         * Sets the due-soon window.
         *
         * @param dueSoon the window
         * @return this builder
         */
        public Builder dueSoon(Duration dueSoon) {
            this.dueSoon = dueSoon;
            return this;
        }

        /**
         * Marks the rule unconfirmed and configurable, with the note that says what is unconfirmed.
         *
         * @param note what is unconfirmed and which reading is the default
         * @return this builder
         */
        public Builder unconfirmed(String note) {
            this.certainty = Certainty.UNCONFIRMED;
            this.configurable = true;
            this.note = note;
            return this;
        }

        /**
         * Marks the rule configurable by municipalities (the law leaves the setting to them).
         *
         * @return this builder
         */
        public Builder configurable() {
            this.configurable = true;
            return this;
        }

        /**
         * Sets the note.
         *
         * @param note the note
         * @return this builder
         */
        public Builder note(String note) {
            this.note = note;
            return this;
        }

        /**
         * Sets the source.
         *
         * @param source statutory or municipal
         * @return this builder
         */
        public Builder source(RuleSource source) {
            this.source = source;
            return this;
        }

        /**
         * Builds the rule.
         *
         * @return the rule
         * @throws NullPointerException if a required setting is missing
         * @throws IllegalArgumentException if the settings do not fit together
         */
        public DeadlineRule build() {
            return new DeadlineRule(
                    id,
                    duty,
                    titleDa,
                    titleEn,
                    legalBasis,
                    inForce,
                    trigger,
                    completion,
                    length,
                    unit,
                    dayCounting,
                    roll,
                    calendar,
                    Optional.ofNullable(recurrence),
                    modifiers,
                    obligation,
                    dueSoon,
                    certainty,
                    configurable,
                    Optional.ofNullable(note),
                    source);
        }
    }
}
