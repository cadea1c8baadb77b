package dk.fremdrift.deadlines;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A municipality's change to one rule of the statutory book, by id.
 *
 * <p>Only a {@linkplain DeadlineRule#configurable() configurable} rule (one the law leaves to the municipality, or
 * whose facts are unconfirmed) may have its length, unit, roll, calendar or recurrence changed; the due-soon window
 * and the note may be changed on any rule, since they do not change what the law requires.
 *
 * @param id the id of the rule to change
 * @param length the new length
 * @param unit the new unit
 * @param roll the new roll policy
 * @param calendar the new calendar id
 * @param recurrence the new recurrence
 * @param dueSoon the new due-soon window
 * @param note a note to add, such as the municipal decision that set the frequency
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "length", "unit", "roll", "calendar", "recurrence", "dueSoon", "note"})
public record RuleOverride(
        String id,
        Optional<Integer> length,
        Optional<DeadlineUnit> unit,
        Optional<RollPolicy> roll,
        Optional<String> calendar,
        Optional<Recurrence> recurrence,
        @JsonFormat(shape = JsonFormat.Shape.STRING) Optional<Duration> dueSoon,
        Optional<String> note) {

    /**
     * Checks the override.
     *
     * @param id the rule's id
     * @param length the new length
     * @param unit the new unit
     * @param roll the new roll policy
     * @param calendar the new calendar id
     * @param recurrence the new recurrence
     * @param dueSoon the new due-soon window
     * @param note a note
     * @throws NullPointerException if {@code id} is null
     */
    public RuleOverride {
        Objects.requireNonNull(id, "id");
        length = length == null ? Optional.empty() : length;
        unit = unit == null ? Optional.empty() : unit;
        roll = roll == null ? Optional.empty() : roll;
        calendar = calendar == null ? Optional.empty() : calendar;
        recurrence = recurrence == null ? Optional.empty() : recurrence;
        dueSoon = dueSoon == null ? Optional.empty() : dueSoon;
        note = note == null ? Optional.empty() : note;
    }

    /**
     * Returns an override of the given rule that changes nothing yet.
     *
     * @param id the rule's id
     * @return the override
     */
    public static RuleOverride of(String id) {
        return new RuleOverride(
                id,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    /**
     * Returns a copy that sets the length and unit.
     *
     * @param length the length
     * @param unit the unit
     * @return the copy
     */
    public RuleOverride withLength(int length, DeadlineUnit unit) {
        return new RuleOverride(id, Optional.of(length), Optional.of(unit), roll, calendar, recurrence, dueSoon, note);
    }

    /**
     * Returns a copy that sets the recurrence.
     *
     * @param recurrence the recurrence
     * @return the copy
     */
    public RuleOverride withRecurrence(Recurrence recurrence) {
        return new RuleOverride(id, length, unit, roll, calendar, Optional.of(recurrence), dueSoon, note);
    }

    /**
     * Returns a copy that sets the calendar.
     *
     * @param calendar the calendar id
     * @return the copy
     */
    public RuleOverride withCalendar(String calendar) {
        return new RuleOverride(id, length, unit, roll, Optional.of(calendar), recurrence, dueSoon, note);
    }

    /**
     * Returns a copy that sets the due-soon window.
     *
     * @param dueSoon the window
     * @return the copy
     */
    public RuleOverride withDueSoon(Duration dueSoon) {
        return new RuleOverride(id, length, unit, roll, calendar, recurrence, Optional.of(dueSoon), note);
    }

    boolean changesLegalSettings() {
        return length.isPresent()
                || unit.isPresent()
                || roll.isPresent()
                || calendar.isPresent()
                || recurrence.isPresent();
    }

    DeadlineRule applyTo(DeadlineRule rule) {
        DeadlineRule.Builder b = rule.toBuilder();
        if (length.isPresent() || unit.isPresent()) {
            b.length(length.orElse(rule.length()), unit.orElse(rule.unit()));
        }
        roll.ifPresent(b::roll);
        calendar.ifPresent(b::calendar);
        recurrence.ifPresent(b::recurrence);
        dueSoon.ifPresent(b::dueSoon);
        note.ifPresent(n ->
                b.note(rule.note().map(old -> old + " Municipal note: " + n).orElse("Municipal note: " + n)));
        return b.build();
    }
}
