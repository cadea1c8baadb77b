package dk.fremdrift.model;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Argument checks shared by the model's constructors. Messages name the field, the expected form and the kind of
 * value found ("a text of 10 digits"), never the value itself: any input may be personal data, and a message ends up
 * in logs, reject files and reports.
 */
final class Checks {

    private Checks() {}

    static <T> T notNull(T value, String field) {
        return Objects.requireNonNull(value, field);
    }

    /**
     * A collection component: {@code null} reads as empty (that is how a JSON document omits it); the copy is
     * immutable and a {@code null} element is rejected with its index.
     */
    static <T> List<T> list(List<T> value, String field) {
        if (value == null) {
            return List.of();
        }
        for (int i = 0; i < value.size(); i++) {
            if (value.get(i) == null) {
                throw new NullPointerException(field + "[" + i + "] is null");
            }
        }
        return List.copyOf(value);
    }

    /**
     * A set of areas of the child's life: {@code null} reads as empty; the copy is immutable, iterates in the enum's
     * order (so the JSON format lists the areas in a stable order) and a {@code null} element is rejected.
     */
    static Set<GoalArea> areas(Collection<GoalArea> value, String field) {
        if (value == null || value.isEmpty()) {
            return Set.of();
        }
        EnumSet<GoalArea> copy = EnumSet.noneOf(GoalArea.class);
        for (GoalArea area : value) {
            if (area == null) {
                throw new NullPointerException(field + " holds a null area");
            }
            copy.add(area);
        }
        return Collections.unmodifiableSet(copy);
    }

    /** An optional component: {@code null} reads as empty (that is how a JSON document omits it). */
    static <T> Optional<T> optional(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }

    /** Free text that must say something: not null, not blank. The text itself is never echoed. */
    static String text(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + ": expected a non-blank text, got a blank one");
        }
        return value;
    }

    /** Optional free text: a blank text reads as absent. */
    static Optional<String> optionalText(Optional<String> value) {
        Optional<String> v = optional(value);
        return v.filter(s -> !s.isBlank());
    }

    static void notBefore(LocalDate later, String laterField, LocalDate earlier, String earlierField) {
        if (later.isBefore(earlier)) {
            throw new IllegalArgumentException(
                    laterField + ": expected a date on or after " + earlierField + ", got an earlier date");
        }
    }

    static void notBefore(Optional<LocalDate> later, String laterField, LocalDate earlier, String earlierField) {
        later.ifPresent(l -> notBefore(l, laterField, earlier, earlierField));
    }

    static void notBefore(Instant later, String laterField, Instant earlier, String earlierField) {
        if (later.isBefore(earlier)) {
            throw new IllegalArgumentException(
                    laterField + ": expected a moment at or after " + earlierField + ", got an earlier moment");
        }
    }

    /**
     * Describes a rejected text by its kind, never by its content: "an empty text", "a text of 10 digits", "a text
     * of 12 characters that contains a CPR number", "a text of 7 characters".
     */
    static String describe(CharSequence input) {
        int n = input.length();
        if (n == 0) {
            return "an empty text";
        }
        if (Cpr.occursIn(input)) {
            return "a text of " + n + " characters that contains a CPR number";
        }
        boolean digits = true;
        boolean blank = true;
        for (int i = 0; i < n; i++) {
            char c = input.charAt(i);
            digits &= c >= '0' && c <= '9';
            blank &= Character.isWhitespace(c);
        }
        if (blank) {
            return "a blank text";
        }
        if (digits) {
            return "a text of " + n + (n == 1 ? " digit" : " digits");
        }
        return "a text of " + n + (n == 1 ? " character" : " characters");
    }

    /** Describes a rejected whole number by its kind: "a negative number", "zero", "a number of 10 digits". */
    static String describe(long value) {
        if (value == 0) {
            return "zero";
        }
        String digits = Long.toString(Math.abs(value)).replace("-", "");
        return (value < 0 ? "a negative number of " : "a number of ")
                + digits.length()
                + (digits.length() == 1 ? " digit" : " digits");
    }

    /**
     * The error for a field that a JSON document has and the type does not. Every record of the JSON format has a
     * private {@code @JsonAnySetter} that throws this: Jackson 3 ignores unknown fields by default, and the
     * format rejects them on both Jackson lines, as its JSON Schema does ({@code additionalProperties: false}).
     * Neither the field's name nor its value is echoed: a name can be personal data too (a CPR number used as a
     * key); a reader that knows where the field is (Jackson's location) can say that instead.
     */
    static IllegalArgumentException unknownField(Class<? extends Record> type, String name) {
        String known = String.join(
                ", ",
                Arrays.stream(type.getRecordComponents())
                        .map(RecordComponent::getName)
                        .toList());
        return new IllegalArgumentException(type.getSimpleName() + ": expected only the fields " + known
                + ", got an unknown field whose name is " + describe(name));
    }

    /** Renders free text for {@code toString()} without its content, which may name a person. */
    static String redacted(Optional<String> text) {
        return text.map(Checks::redacted).orElse("<none>");
    }

    static String redacted(String text) {
        return "<text, " + text.length() + " chars>";
    }
}
