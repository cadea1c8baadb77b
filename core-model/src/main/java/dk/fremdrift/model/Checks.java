package dk.fremdrift.model;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Argument checks shared by the model's constructors. Messages name the field, the expectation and the actual
 * value, except where the value is personal data.
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
            throw new IllegalArgumentException(laterField + " " + later + " is before " + earlierField + " " + earlier
                    + "; expected on or after it");
        }
    }

    static void notBefore(Optional<LocalDate> later, String laterField, LocalDate earlier, String earlierField) {
        later.ifPresent(l -> notBefore(l, laterField, earlier, earlierField));
    }

    static void notBefore(Instant later, String laterField, Instant earlier, String earlierField) {
        if (later.isBefore(earlier)) {
            throw new IllegalArgumentException(laterField + " " + later + " is before " + earlierField + " " + earlier
                    + "; expected at or after it");
        }
    }

    /**
     * Quotes a rejected input for an error message, unless it contains a CPR number (someone typed one into the
     * wrong field): then the input is withheld, so that no message ever carries a CPR number.
     */
    static String quoted(CharSequence input) {
        String s = input.toString();
        return Identifiers.containsCpr(s)
                ? "a value that contains a CPR number (withheld: personal data)"
                : "'" + s + "'";
    }

    /**
     * The error for a field that a JSON document has and the type does not. Every record of the JSON format has a
     * private {@code @JsonAnySetter} that throws this: Jackson 3 ignores unknown fields by default, and the
     * format rejects them on both Jackson lines, as its JSON Schema does ({@code additionalProperties: false}).
     * The field's value is never echoed: it may be personal data.
     */
    static IllegalArgumentException unknownField(Class<? extends Record> type, String name) {
        String known = String.join(
                ", ",
                Arrays.stream(type.getRecordComponents())
                        .map(RecordComponent::getName)
                        .toList());
        return new IllegalArgumentException(quoted(name) + ": expected one of the fields of " + type.getSimpleName()
                + " (" + known + "), got an unknown field");
    }

    /** Renders free text for {@code toString()} without its content, which may name a person. */
    static String redacted(Optional<String> text) {
        return text.map(Checks::redacted).orElse("<none>");
    }

    static String redacted(String text) {
        return "<text, " + text.length() + " chars>";
    }
}
