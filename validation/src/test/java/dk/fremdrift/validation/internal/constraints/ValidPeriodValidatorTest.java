package dk.fremdrift.validation.internal.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fremdrift.validation.constraints.Span;
import dk.fremdrift.validation.constraints.ValidPeriod;
import jakarta.validation.ConstraintDeclarationException;
import jakarta.validation.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ValidPeriodValidatorTest {

    private static final LocalDate MON_2026_03_02 = LocalDate.of(2026, 3, 2);
    private static final LocalDate TUE_2026_03_03 = LocalDate.of(2026, 3, 3);

    record DatePeriod(LocalDate start, LocalDate end) implements Span<LocalDate> {}

    record InstantPeriod(Instant start, Instant end) implements Span<Instant> {}

    record Week(int number) implements Comparable<Week> {
        @Override
        public int compareTo(Week other) {
            return Integer.compare(number, other.number);
        }
    }

    record WeekPeriod(Week start, Week end) implements Span<Week> {}

    record FromTo(LocalDate from, LocalDate to) {}

    record OptionalFromTo(Optional<LocalDate> from, Optional<LocalDate> to) {}

    record Mixed(Object from, Object to) {}

    /** A JavaBean, read through getters. */
    public static final class FromToBean {
        private final LocalDate from;
        private final LocalDate to;

        FromToBean(LocalDate from, LocalDate to) {
            this.from = from;
            this.to = to;
        }

        public LocalDate getFrom() {
            return from;
        }

        public LocalDate getTo() {
            return to;
        }
    }

    /** Its accessor fails. */
    public static final class Throwing {
        public LocalDate getFrom() {
            throw new IllegalStateException("broken");
        }

        public LocalDate getTo() {
            return null;
        }
    }

    /** Not comparable; its text looks like a CPR number, which must not reach a message. */
    record Opaque(String text) {}

    private static ValidPeriodValidator validator(String field) {
        ValidPeriodValidator v = new ValidPeriodValidator();
        v.initialize(Annotations.of(field, ValidPeriod.class));
        return v;
    }

    static Stream<Arguments> periods() {
        Instant t = Instant.parse("2026-03-02T08:00:00Z");
        return Stream.of(
                Arguments.of(new DatePeriod(MON_2026_03_02, TUE_2026_03_03), true),
                Arguments.of(new DatePeriod(MON_2026_03_02, MON_2026_03_02), true), // one day
                Arguments.of(new DatePeriod(TUE_2026_03_03, MON_2026_03_02), false), // one day before
                Arguments.of(new DatePeriod(null, MON_2026_03_02), true),
                Arguments.of(new DatePeriod(MON_2026_03_02, null), true),
                Arguments.of(new DatePeriod(null, null), true),
                Arguments.of(new InstantPeriod(t, t), true),
                Arguments.of(new InstantPeriod(t, t.plusNanos(1)), true),
                Arguments.of(new InstantPeriod(t, t.minusNanos(1)), false), // one nanosecond before
                Arguments.of(new WeekPeriod(new Week(9), new Week(10)), true),
                Arguments.of(new WeekPeriod(new Week(10), new Week(9)), false));
    }

    @ParameterizedTest
    @MethodSource("periods")
    void isValid_periodInterface_endNotBeforeStart(Span<?> period, boolean expected) {
        RecordingContext recording = RecordingContext.create();
        assertThat(validator("period").isValid(period, recording.context())).isEqualTo(expected);
        assertThat(recording.calls()).as("reported on the object itself").isEmpty();
    }

    @Test
    void isValid_null_true() {
        assertThat(validator("period").isValid(null, null)).isTrue();
        assertThat(validator("periodFromTo").isValid(null, null)).isTrue();
    }

    static Stream<Arguments> namedPeriods() {
        return Stream.of(
                Arguments.of(new FromTo(MON_2026_03_02, TUE_2026_03_03), true),
                Arguments.of(new FromTo(MON_2026_03_02, MON_2026_03_02), true),
                Arguments.of(new FromTo(TUE_2026_03_03, MON_2026_03_02), false),
                Arguments.of(new FromTo(TUE_2026_03_03, null), true),
                Arguments.of(new FromToBean(MON_2026_03_02, TUE_2026_03_03), true),
                Arguments.of(new FromToBean(TUE_2026_03_03, MON_2026_03_02), false),
                Arguments.of(new FromToBean(null, MON_2026_03_02), true),
                Arguments.of(new OptionalFromTo(Optional.of(MON_2026_03_02), Optional.of(TUE_2026_03_03)), true),
                Arguments.of(new OptionalFromTo(Optional.of(TUE_2026_03_03), Optional.of(MON_2026_03_02)), false),
                Arguments.of(new OptionalFromTo(Optional.of(TUE_2026_03_03), Optional.empty()), true));
    }

    @ParameterizedTest
    @MethodSource("namedPeriods")
    void isValid_namedProperties_endNotBeforeStart(Object dto, boolean expected) {
        assertThat(validator("periodFromTo")
                        .isValid(dto, RecordingContext.create().context()))
                .isEqualTo(expected);
    }

    @Test
    void isValid_namedPropertiesEndBeforeStart_reportedOnEndProperty() {
        RecordingContext recording = RecordingContext.create();

        validator("periodFromTo").isValid(new FromTo(TUE_2026_03_03, MON_2026_03_02), recording.context());

        assertThat(recording.calls())
                .containsSubsequence(
                        "disableDefaultConstraintViolation",
                        "buildConstraintViolationWithTemplate[" + RecordingContext.TEMPLATE + "]",
                        "addPropertyNode[to]",
                        "addConstraintViolation");
    }

    @Test
    void isValid_noNamesAndNoPeriod_throwsNamingTheType() {
        assertThatThrownBy(() -> validator("period").isValid(new FromTo(MON_2026_03_02, MON_2026_03_02), null))
                .isInstanceOf(ConstraintDeclarationException.class)
                .hasMessageContaining(FromTo.class.getName())
                .hasMessageContaining(Span.class.getName());
    }

    @Test
    void initialize_onlyStartNamed_throws() {
        assertThatThrownBy(() -> validator("periodStartOnly"))
                .isInstanceOf(ConstraintDeclarationException.class)
                .hasMessageContaining("both start and end");
    }

    @Test
    void initialize_nameNotAnIdentifier_throws() {
        assertThatThrownBy(() -> validator("periodBadName"))
                .isInstanceOf(ConstraintDeclarationException.class)
                .hasMessageContaining("'not a name'");
    }

    @Test
    void isValid_noSuchAccessor_throwsNamingTypeAndProperty() {
        assertThatThrownBy(() -> validator("periodFromTo").isValid(new DatePeriod(null, null), null))
                .isInstanceOf(ConstraintDeclarationException.class)
                .hasMessageContaining(DatePeriod.class.getName())
                .hasMessageContaining("from()")
                .hasMessageContaining("getFrom()");
    }

    @Test
    void isValid_endsOfDifferentTypes_throwsWithTypesNotValues() {
        Mixed mixed = new Mixed(MON_2026_03_02, Instant.parse("2026-03-02T08:00:00Z"));

        assertThatThrownBy(() -> validator("periodFromTo").isValid(mixed, null))
                .isInstanceOf(ConstraintDeclarationException.class)
                .hasMessageContaining("java.time.LocalDate")
                .hasMessageContaining("java.time.Instant")
                .hasMessageNotContaining("2026");
    }

    @Test
    void isValid_endsNotComparable_throwsWithoutTheValues() {
        Mixed mixed = new Mixed(new Opaque("070615-4321"), new Opaque("070615-4321"));

        assertThatThrownBy(() -> validator("periodFromTo").isValid(mixed, null))
                .isInstanceOf(ConstraintDeclarationException.class)
                .hasMessageContaining(Opaque.class.getName())
                .hasMessageNotContaining("070615")
                .hasMessageNotContaining("4321");
    }

    @Test
    void isValid_accessorThrows_validationExceptionWithCause() {
        assertThatThrownBy(() -> validator("periodFromTo").isValid(new Throwing(), null))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("getFrom()")
                .hasCauseInstanceOf(IllegalStateException.class);
    }
}
